//! The parts of `os` written in the language: `walk`, `scandir` and its `DirEntry`.
//!
//! The source runs in the `os` module's namespace when the module is created, on top of the
//! native functions (`listdir`, `stat`, `path`, `fspath`). It must stay small and use only
//! core language features, since a failure here makes `import os` fail.

pub const SOURCE: &str = r#"
class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry " + repr(self.name) + ">"


class _ScandirIterator:
    def __init__(self, top):
        self._entries = [DirEntry(top, name) for name in listdir(top)]
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._entries):
            raise StopIteration
        self._pos += 1
        return self._entries[self._pos - 1]

    def close(self):
        self._entries = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        try:
            names = listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs = []
        nondirs = []
        for name in names:
            if path.isdir(path.join(top, name)):
                dirs.append(name)
            else:
                nondirs.append(name)
        if topdown:
            yield top, dirs, nondirs
        else:
            stack.append((top, dirs, nondirs))
        for name in reversed(dirs):
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                stack.append(new_path)
"#;
