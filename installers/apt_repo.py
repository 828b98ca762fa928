"""`make apt-repo`: a signed apt repository of the kiosk and registry packages, staged rollout.

    python installers/apt_repo.py --out dist/apt [--phased 10] [--key FINGERPRINT] DEB...

Lays out pool/ and dists/<suite>/ as apt expects, with apt-ftparchive writing the indexes and
gpg signing the Release file (InRelease and Release.gpg). Any static web server can serve the
folder (the registry host's reverse proxy, for one). `--phased N` puts Phased-Update-Percentage: N
on the new versions: apt on each kiosk then takes the update only if its /etc/machine-id falls
in the first N percent, so a city rolls a release out to 10% of its kiosks, watches, then
publishes again with 100.

Without --key, a signing key is made once in GNUPGHOME (default dist/apt-signing) for trying
this out; a city keeps its own key off the build machine and passes its fingerprint.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGIN = "gig-market"
COMPONENT = "main"
KEY_NAME = "Gig market kiosk packages <packages@example.invalid>"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("debs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "apt")
    parser.add_argument("--suite", default="stable")
    parser.add_argument("--phased", type=int, default=100, help="percent of kiosks (0-100)")
    parser.add_argument("--key", default="", help="fingerprint of the signing key")
    parser.add_argument("--gnupghome", type=Path, default=ROOT / "dist" / "apt-signing")
    args = parser.parse_args(argv)
    if not 0 <= args.phased <= 100:
        parser.error("--phased takes a percentage from 0 to 100")
    for tool in ("apt-ftparchive", "gpg", "dpkg-deb"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed (make system-deps)")
    env = {**os.environ, "GNUPGHOME": str(args.gnupghome)}
    key = args.key or ensure_key(args.gnupghome, env)
    publish(args.out, args.debs, args.suite, args.phased, key, env)
    print(args.out)
    return 0


def ensure_key(home: Path, env: dict[str, str]) -> str:
    """The fingerprint of the trial signing key in `home`, made on first use."""
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    if not _secret_keys(env):
        subprocess.run(
            ["gpg", "--batch", "--passphrase", "", "--quick-generate-key", KEY_NAME,
             "ed25519", "sign", "never"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
    return _secret_keys(env)[0]


def _secret_keys(env: dict[str, str]) -> list[str]:
    out = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--list-secret-keys"],
        env=env, capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    return [line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:")]


def publish(out: Path, debs: list[Path], suite: str, phased: int, key: str, env: dict[str, str]
            ) -> None:  # fmt: skip
    pool = out / "pool" / COMPONENT
    pool.mkdir(parents=True, exist_ok=True)
    architectures: set[str] = set()
    for deb in debs:
        fields = _fields(deb)
        architectures.add(fields["Architecture"])
        shutil.copy2(deb, pool / deb.name)
    dists = out / "dists" / suite
    for stale in ("Release", "InRelease", "Release.gpg"):
        (dists / stale).unlink(missing_ok=True)
    for arch in sorted(architectures):
        binary = dists / COMPONENT / f"binary-{arch}"
        binary.mkdir(parents=True, exist_ok=True)
        packages = subprocess.run(
            ["apt-ftparchive", "--arch", arch, "packages", f"pool/{COMPONENT}"],
            cwd=out, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        data = phase(packages, phased).encode()
        (binary / "Packages").write_bytes(data)
        (binary / "Packages.gz").write_bytes(gzip.compress(data, mtime=0))
    release = subprocess.run(
        ["apt-ftparchive",
         "-o", f"APT::FTPArchive::Release::Origin={ORIGIN}",
         "-o", f"APT::FTPArchive::Release::Label={ORIGIN}",
         "-o", f"APT::FTPArchive::Release::Suite={suite}",
         "-o", f"APT::FTPArchive::Release::Codename={suite}",
         "-o", f"APT::FTPArchive::Release::Components={COMPONENT}",
         "-o", f"APT::FTPArchive::Release::Architectures={' '.join(sorted(architectures))}",
         "release", "."],
        cwd=dists, check=True, capture_output=True,
    ).stdout  # fmt: skip
    (dists / "Release").write_bytes(release)
    for signed, mode in (("InRelease", "--clearsign"), ("Release.gpg", "--detach-sign")):
        target = dists / signed
        target.unlink(missing_ok=True)
        subprocess.run(
            ["gpg", "--batch", "--yes", "--armor", "--local-user", key, mode,
             "--output", str(target), str(dists / "Release")],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
    keyring = subprocess.run(
        ["gpg", "--batch", "--export", key], env=env, check=True, capture_output=True
    ).stdout
    (out / "gig-archive-keyring.gpg").write_bytes(keyring)


def phase(packages: str, percent: int) -> str:
    """Each stanza of a Packages index with Phased-Update-Percentage set after its Version.

    (apt-ftparchive adds extra fields only in its config-file mode; the format is plain enough.)
    """
    stanzas = []
    for stanza in packages.strip().split("\n\n"):
        lines = [ln for ln in stanza.splitlines() if not ln.startswith("Phased-Update-Percentage:")]
        at = next(i for i, ln in enumerate(lines) if ln.startswith("Version:")) + 1
        if percent < 100:
            lines.insert(at, f"Phased-Update-Percentage: {percent}")
        stanzas.append("\n".join(lines))
    return "\n\n".join(stanzas) + "\n"


def _fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Architecture"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


if __name__ == "__main__":
    sys.exit(main())
