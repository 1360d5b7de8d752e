# Vitrine: every command the README and CI use. "make help" lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVN := ./mvnw -B -ntp
STACK := src/local/stack.sh

.PHONY: help build format test unit-test it-test run stack-up stack-down stack-status kube-build

help: ## List the targets and what they do
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## Compile and package every module, fail on unformatted code (no tests)
	$(MVN) package -DskipTests

format: ## Rewrite the Java sources with the project's formatter (google-java-format)
	$(MVN) spotless:apply

unit-test: ## Run the *Test tier only (no external process)
	$(MVN) test

it-test: stack-up ## Run every tier (*Test, *IT, *E2E) against the local stack
	$(MVN) verify -Pit

test: it-test ## Run every test tier that can run here (brings the local stack up first)

run: stack-up ## The main job: bring the local stack up and report where everything is
	@echo "Vitrine local stack is up."

stack-up: ## Start PostgreSQL, OpenSearch, Keycloak and Kubernetes on 127.0.0.1 (idempotent, cached)
	$(STACK) up

stack-down: ## Stop every process of the local stack
	$(STACK) down

stack-status: ## One line per server of the local stack
	$(STACK) status

kube-build: ## Build (once, cached) etcd, kube-apiserver, controller-manager, scheduler, kubectl, kwok
	src/local/kube/build.sh
