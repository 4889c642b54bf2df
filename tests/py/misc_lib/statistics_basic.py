# statistics: averages, spread and quantiles with CPython's exact results and types
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(1, 6)]))
print(st.mean(iter([1.5, 2.5, 10])), st.mean([True, False, True]), st.mean([1, 2.5]), st.mean([-1e300, 1e300, 3.0]))
print(st.mean([1, float('inf')]), st.mean([F(1, 2), 0.25]), st.mean(range(1, 101)))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1] * 10), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median([1.5, 2.5]), st.median(['b', 'a', 'c']))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([5]), st.median_high('cab'))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3]), st.mode('aabbbc'), st.mode(['red', 'blue', 'blue']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.variance([1, 2, 3, 4], 2.5), st.variance([0.1, 0.2, 0.3, 0.4]))
print(st.pvariance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([5]))
print(st.stdev([1, 2, 3, 4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([0.1, 0.2, 0.3, 0.4]))
print(st.pstdev([1, 2, 3, 4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 2, 2]), st.stdev([1e200, 3e200]))
print(st.stdev([1, 2, 3, 4], 2.5), st.pstdev(range(10)), st.stdev([F(1, 3), F(2, 3), F(5, 3)]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10), st.quantiles(data), st.quantiles([1, 2], n=3, method='inclusive'))
print(st.quantiles([1.5, 2.5, 3.5, 10], n=5), st.quantiles(range(5), n=4, method='inclusive'), st.quantiles([1, 2], n=1))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([5]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]))
for f, args in [(st.mean, ([],)), (st.fmean, ([],)), (st.median, ([],)), (st.mode, ([],)),
                (st.variance, ([1],)), (st.stdev, ([],)), (st.pvariance, ([],)), (st.pstdev, ([],)),
                (st.quantiles, ([1],)), (st.median_low, ([],)), (st.harmonic_mean, ([],)),
                (st.harmonic_mean, ([-1, 2],)), (st.geometric_mean, ([0, 1],))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError:', e)
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print('StatisticsError:', e)
try:
    st.quantiles([1, 2, 3], method='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(issubclass(st.StatisticsError, ValueError))
