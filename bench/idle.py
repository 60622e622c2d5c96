"""placeholder"""


def run(workdir, *, quick, **_):
    return []
