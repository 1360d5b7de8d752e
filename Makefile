# Vitrine: every command the README and CI use. "make help" lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVN := ./mvnw -B -ntp
STACK := src/local/stack.sh
VITRINE_CACHE ?= $(HOME)/.cache/vitrine
VITRINE_STATE ?= $(if $(filter 0,$(shell id -u)),/var/lib/vitrine,$(VITRINE_CACHE)/state)
KUBECTL := $(VITRINE_CACHE)/kubectl --kubeconfig $(VITRINE_CACHE)/kubeconfig
CHART := helm/vitrine-operator
# Printer columns in the order the Java model declares them (the generator sorts them by jsonPath).
CRD_COLUMNS := python3 src/local/crd-columns.py src/contracts/src/main/java

.PHONY: check test-on-kind bench-operator bench-ingest bench-normalise bench-recommend bench-copilot bench-startup help build check-crds format test unit-test it-test run crds operator-log stack-up stack-down stack-status kube-build helm-build helm-lint kubectl-vitrine

help: ## List the targets and what they do
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## Compile and package every module, fail on unformatted code or drifted CRDs (no tests)
	$(MVN) package -DskipTests
	@$(MAKE) --no-print-directory check-crds

check-crds: ## Fail when crds/ differs from the CRDs of the last build, or the chart's crds/ from crds/
	@generated=$$(mktemp -d) && trap 'rm -rf $$generated' EXIT && \
	  cp operator/target/kubernetes/*.vitrine.io-v1.yml $$generated/ && \
	  $(CRD_COLUMNS) $$generated/*.yml && \
	  diff -r crds $$generated >/dev/null || \
	  { echo "CRD drift: crds/ differs from the Java model. Run 'make crds' and commit crds/ and $(CHART)/crds/."; exit 1; }
	@diff -r crds $(CHART)/crds >/dev/null || \
	  { echo "CRD drift: $(CHART)/crds differs from crds/. Run 'make crds' and commit both."; exit 1; }

format: ## Rewrite the Java sources with the project's formatter (google-java-format)
	$(MVN) spotless:apply

check: ## The fast lane, no local stack: formatter, every *Test (the architecture rules too), CRD drift, chart lint
	$(MVN) verify
	@$(MAKE) --no-print-directory check-crds
	@$(MAKE) --no-print-directory helm-lint

unit-test: ## Run the *Test tier only (no external process)
	$(MVN) test

it-test: stack-up ## Run every tier (*Test, *IT, *E2E) against the local stack, then check CRD drift
	@# The tests run their own operator; a second one (from "make run") would fight over the tenants.
	src/local/tenants.sh down
	src/local/operator.sh down
	$(MVN) verify -Pit
	@$(MAKE) --no-print-directory check-crds

test: it-test ## Run every test tier that can run here (brings the local stack up first)

test-on-kind: stack-up ## The *E2E classes on kind through Testcontainers (-Pkind-testcontainers); without Docker they are reported skipped, with the reason
	src/local/tenants.sh down
	src/local/operator.sh down
	$(MVN) verify -Pkind-testcontainers -pl src/e2e -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false

run: stack-up build ## The main job: local stack, CRDs, operator, sample retailers until Ready, a sample day to try
	src/local/operator.sh up
	src/local/operator.sh samples
	$(KUBECTL) wait --for=condition=Ready --timeout=180s retailerintegrations --all
	@$(KUBECTL) get vitrine
	@echo
	@echo "Each tenant's namespace, realm, index, schema and in-cluster service URL:"
	@$(KUBECTL) get retailerintegrations -o custom-columns='NAME:.metadata.name,NAMESPACE:.status.namespace,REALM:.status.realm,INDEX:.status.indexAlias,SCHEMA:.status.databaseSchema,URL:.status.serviceUrl'
	@echo
	@echo "Each tenant's tenant-service, run locally from the ConfigMap and Secrets the operator made:"
	@src/local/tenants.sh up
	@src/local/operator.sh rollout-samples
	@echo
	@echo "The sample StoreRollout (kubectl -n vitrine-maison-aster get storerollouts -w to follow it):"
	@$(KUBECTL) get storerollouts -A
	@echo
	@echo "kubectl:        $(KUBECTL) get vitrine   (operator log: make operator-log)"
	@echo
	@echo "A retailer's day in maison-aster: catalog, stores, stock, sales as signed Shopify webhooks, a customer:"
	@python3 src/local/sample_day.py seed maison-aster

crds: ## Regenerate crds/ from the Java model of the custom resources
	$(MVN) package -DskipTests -pl operator -am
	rm -f crds/*.yml $(CHART)/crds/*.yml
	cp operator/target/kubernetes/*.vitrine.io-v1.yml crds/
	$(CRD_COLUMNS) crds/*.yml
	cp crds/*.yml $(CHART)/crds/

bench-operator: run ## Apply TENANTS (100) RetailerIntegrations; time to Ready, reconciles/s, memory
	$(MVN) -q install -DskipTests -pl src/bench -am
	$(MVN) -q exec:java -pl src/bench -Dbench.main=io.vitrine.bench.OperatorScaleBench -Dtenants=$(or $(TENANTS),100)

# JVM_OPTIONS=...: the options the benchmarks give tenant-service (e.g. the pod's, to compare).
BENCH_JVM = $(if $(JVM_OPTIONS),-DjvmOptions="$(JVM_OPTIONS)")

bench-ingest: stack-up ## Signed, deduplicated, durable POS webhooks/s against a raw single-row INSERT loop in the same run
	$(MVN) -q package -DskipTests -pl tenant-service -am
	$(MVN) -q install -DskipTests -pl src/bench -am
	$(MVN) -q exec:java -pl src/bench -Dbench.main=io.vitrine.bench.IngestionBench -Ddeliveries=$(or $(DELIVERIES),20000) -Dconcurrency=$(or $(CONCURRENCY),64) -DrawRows=$(or $(RAW_ROWS),5000) $(BENCH_JVM)

bench-normalise: stack-up ## POS sale webhook (7-line basket) -> visible to recommendations: sales/s and p95 lag for a backlog and a burst of SALES (5000) and RATE (500)/s x SECONDS (20), beside raw batched INSERTs
	$(MVN) -q package -DskipTests -pl tenant-service -am
	$(MVN) -q install -DskipTests -pl src/bench -am
	$(MVN) -q exec:java -pl src/bench -Dbench.main=io.vitrine.bench.NormalisationBench -Dsales=$(or $(SALES),5000) -Dconcurrency=$(or $(CONCURRENCY),64) -Drate=$(or $(RATE),500) -Dseconds=$(or $(SECONDS),20) $(BENCH_JVM)

operator-log: ## Follow the local operator's log
	tail -f $(VITRINE_STATE)/operator/operator.log

stack-up: ## Start PostgreSQL, OpenSearch, Keycloak and Kubernetes on 127.0.0.1 (idempotent, cached)
	$(STACK) up

stack-down: ## Stop the local tenants, the operator and every process of the local stack
	src/local/tenants.sh down
	src/local/operator.sh down
	$(STACK) down

stack-status: ## One line per server of the local stack
	$(STACK) status

kube-build: ## Build (once, cached) etcd, kube-apiserver, controller-manager, scheduler, kubectl, kwok
	src/local/kube/build.sh

helm-build: ## Build (once, cached) the Helm CLI from the pinned Go module in src/local/helm
	src/local/helm/build.sh

helm-lint: ## Lint the operator's Helm chart and render it with the default values
	@helm=$$(src/local/helm/build.sh) && $$helm lint --strict $(CHART) && $$helm template vitrine $(CHART) >/dev/null

kubectl-vitrine: ## Build the kubectl plugin; then put src/kubectl-vitrine/bin on the PATH ("kubectl vitrine --help")
	$(MVN) -q package -DskipTests -pl src/kubectl-vitrine -am

bench-startup: run ## tenant-service as a sample tenant's pod: start time and idle RSS, Compact and Throughput JVM profiles beside the baseline
	src/bench/startup.sh $(RETAILER)

bench-recommend: ## Checkout recommend at RATE (300) req/s on a synthetic 50k-SKU, 1M-line tenant after a 60 s warm-up, beside raw OpenSearch and PostgreSQL
	$(MVN) -q package -DskipTests -pl tenant-service -am
	$(MVN) -q install -DskipTests -pl src/bench -am
	$(MVN) -q exec:java -pl src/bench -Dbench.main=io.vitrine.bench.recommend.RecommendBench -Drate=$(or $(RATE),300) $(BENCH_JVM)

bench-copilot: stack-up ## Copilot retrieval: recall@5, nDCG@10, MRR@10 of BM25, vectors and hybrid fusion on 212 judged questions (validation/test), answer latency p50/p95
	$(MVN) -q package -DskipTests -pl tenant-service -am
	$(MVN) -q install -DskipTests -pl src/bench -am
	$(MVN) -q exec:java -pl src/bench -Dbench.main=io.vitrine.bench.copilot.CopilotBench
