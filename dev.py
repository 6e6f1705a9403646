#!/usr/bin/env python3
"""The two commands of README, with nothing installed but Python 3.11.

    python3 dev.py run     set up .venv, migrate SQLite, load the seeds, print the admin login,
                           start a Celery worker + beat (filesystem broker) and the web server
    python3 dev.py test    set up .venv with the test tools, make sure Chromium is there, run the suite

Settings come from the environment (see .env.example); `run` defaults to SQLite, no broker and
mail written to var/mail; `test` uses DATABASE_URL / CELERY_BROKER_URL when set (CI sets PostgreSQL
and Redis).
"""
import hashlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
VAR = Path(os.environ.get("TRACKER_VAR_DIR", ROOT / "var"))
CHROMIUM = Path("/usr/bin/chromium")


def say(message):
    print(f"==> {message}", flush=True)


def ensure_venv(requirements):
    """Create .venv and install `requirements` unless the same file set was installed already."""
    if sys.version_info[:2] != (3, 11):
        say(f"warning: Python 3.11 is the supported version; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256()
    for name in ("requirements.txt", requirements):
        digest.update((ROOT / name).read_bytes())
    stamp = VENV / f".installed-{Path(requirements).stem}"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    say(f"installing {requirements}")
    subprocess.run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r",
                    ROOT / requirements], check=True)
    stamp.write_text(digest.hexdigest())


def manage(*args, env=None, check=True):
    return subprocess.run([PYTHON, ROOT / "manage.py", *args], cwd=ROOT, env=env, check=check)


def admin_login():
    """A stable dev password kept in var/, so the printed login keeps working across runs."""
    VAR.mkdir(parents=True, exist_ok=True)
    password_file = VAR / "admin-password.txt"
    if not password_file.exists():
        password_file.write_text(secrets.token_urlsafe(12))
    password = password_file.read_text().strip()
    # (One "=" joins the value to its option: a password that opens with "-" would read as an option of its own.)
    manage("ensure_admin", "--username", "admin", f"--password={password}", "--watch-all")
    return "admin", password


def run():
    ensure_venv("requirements.txt")
    env = dict(os.environ)
    env.setdefault("DJANGO_DEBUG", "1")
    host = env.get("HOST", "127.0.0.1")
    port = env.get("PORT", "8000")
    env.setdefault("SITE_URL", f"http://{host}:{port}")
    os.environ.update({k: v for k, v in env.items() if k in ("DJANGO_DEBUG", "SITE_URL")})
    manage("migrate", "--noinput")
    manage("load_seeds")
    username, password = admin_login()
    workers = []
    if env.get("CELERY_TASK_ALWAYS_EAGER", "").lower() not in ("1", "true"):
        say("starting a Celery worker with beat (reminder scan every few minutes; broker: "
            f"{env.get('CELERY_BROKER_URL', 'filesystem:// under var/celery')})")
        (VAR / "celery" / "queue").mkdir(parents=True, exist_ok=True)
        (VAR / "celery" / "control").mkdir(parents=True, exist_ok=True)
        workers.append(subprocess.Popen(
            [VENV / "bin" / "celery", "-A", "tracker", "worker", "--beat", "--loglevel", "INFO", "--concurrency", "1"],
            cwd=ROOT, env=env,
        ))
    print(
        "\n"
        f"  A股监管追踪 is running: http://{host}:{port}/\n"
        f"  Admin:  http://{host}:{port}/admin/\n"
        f"  Login:  {username} / {password}\n"
        f"  Mail:   {env.get('EMAIL_URL', 'file://' + str(VAR / 'mail'))}\n",
        flush=True,
    )
    try:
        manage("runserver", f"{host}:{port}", env=env, check=False)
    except KeyboardInterrupt:
        pass
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()


def ensure_chromium():
    """Debian's chromium drives the browser tests; a CJK font makes their screenshots readable."""
    font = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if CHROMIUM.exists() and font.exists():
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        say("installing Debian's chromium and a CJK font for the browser tests")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "fonts-wqy-zenhei"], check=True, env=env)
    elif not CHROMIUM.exists():
        sys.exit("The browser tests need Debian's chromium at /usr/bin/chromium: `sudo apt-get install chromium`.")


def test(pytest_args):
    ensure_venv("requirements-test.txt")
    ensure_chromium()
    env = dict(os.environ)
    say(f"database: {env.get('DATABASE_URL', 'SQLite (default)')}; broker: {env.get('CELERY_BROKER_URL', 'filesystem')}")
    result = subprocess.run([PYTHON, "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    sys.exit(result.returncode)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        sys.exit(__doc__)
    if sys.argv[1] == "run":
        run()
    else:
        test(sys.argv[2:])


if __name__ == "__main__":
    main()
