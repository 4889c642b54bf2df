# gc, errno and __future__ exist with the usual API.
from __future__ import annotations
import gc, errno, __future__
print(gc.collect(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold(), len(gc.get_count()))
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.EAGAIN == errno.EWOULDBLOCK)
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT)
print(__future__.annotations, __future__.all_feature_names[:3])
print(__future__.division.getMandatoryRelease())
