#!/usr/bin/env python3
"""Prints, as a shell env file, the environment a Deployment's first container would get:
envFrom ConfigMaps and Secrets, then env entries (literal values and secretKeyRef/configMapKeyRef),
resolved from the API server. Usage: pod_env.py KUBECTL NAMESPACE DEPLOYMENT"""
import base64
import json
import shlex
import subprocess
import sys


def get(kubectl, namespace, kind, name, optional=False):
    result = subprocess.run(kubectl + ["-n", namespace, "get", kind, name, "-o", "json"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        if optional:
            return None
        sys.exit(f"cannot read {kind} {namespace}/{name}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def data(kubectl, namespace, kind, name, optional=False):
    obj = get(kubectl, namespace, kind, name, optional)
    if obj is None:
        return {}
    values = obj.get("data") or {}
    if kind == "secret":
        return {k: base64.b64decode(v).decode() for k, v in values.items()}
    return values


def environment(kubectl, namespace, deployment):
    container = get(kubectl, namespace, "deployment", deployment)["spec"]["template"]["spec"]["containers"][0]
    env = {}
    for source in container.get("envFrom") or []:
        if "configMapRef" in source:
            env.update(data(kubectl, namespace, "configmap", source["configMapRef"]["name"]))
        if "secretRef" in source:
            env.update(data(kubectl, namespace, "secret", source["secretRef"]["name"]))
    for entry in container.get("env") or []:
        if "value" in entry:
            env[entry["name"]] = entry["value"]
            continue
        ref = entry.get("valueFrom", {})
        for key, kind in (("secretKeyRef", "secret"), ("configMapKeyRef", "configmap")):
            if key in ref:
                optional = bool(ref[key].get("optional"))
                values = data(kubectl, namespace, kind, ref[key]["name"], optional)
                if ref[key]["key"] in values:
                    env[entry["name"]] = values[ref[key]["key"]]
                elif not optional:
                    sys.exit(f"{kind} {namespace}/{ref[key]['name']} has no key {ref[key]['key']}")
    return env


if __name__ == "__main__":
    kubectl_command, namespace_arg, deployment_arg = sys.argv[1], sys.argv[2], sys.argv[3]
    for name, value in sorted(environment(shlex.split(kubectl_command), namespace_arg, deployment_arg).items()):
        print(f"{name}={shlex.quote(value)}")
