#!/usr/bin/env python3
"""Prints, as a shell env file, the environment a Deployment's container (its first container, or
the named container or init container) would get: envFrom ConfigMaps and Secrets, then env entries
(literal values and secretKeyRef/configMapKeyRef), resolved from the API server.
Usage: pod_env.py KUBECTL NAMESPACE DEPLOYMENT [CONTAINER]"""
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


def container_of(kubectl, namespace, deployment, name=None):
    pod = get(kubectl, namespace, "deployment", deployment)["spec"]["template"]["spec"]
    if name is None:
        return pod["containers"][0]
    for container in (pod.get("initContainers") or []) + pod["containers"]:
        if container["name"] == name:
            return container
    sys.exit(f"deployment {namespace}/{deployment} has no container {name}")


def environment(kubectl, namespace, deployment, name=None):
    container = container_of(kubectl, namespace, deployment, name)
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
    container_arg = sys.argv[4] if len(sys.argv) > 4 else None
    env_vars = environment(shlex.split(kubectl_command), namespace_arg, deployment_arg, container_arg)
    for name, value in sorted(env_vars.items()):
        print(f"{name}={shlex.quote(value)}")
