"""The platform module (frozen into gilpy): the parts that describe the interpreter and
the machine, read from sys and os.uname()."""

import os
import sys
from collections import namedtuple

uname_result = namedtuple("uname_result", "system node release version machine")


def uname():
    u = os.uname()
    return uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=sys.executable, bits='', linkage=''):
    return (bits or ('64bit' if sys.maxsize > 2 ** 32 else '32bit'), linkage or 'ELF')


def python_implementation():
    # Consistent with sys.implementation.name.
    return 'gilpy'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    return 'rustc'


def python_build():
    return ('default', '')


def python_branch():
    return ''


def python_revision():
    return ''


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '')


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if '=' in line and not line.startswith('#'):
                        k, v = line.split('=', 1)
                        info[k] = v.strip('"\'')
            return info
        except OSError:
            continue
    raise OSError("no os-release file found")
