package io.vitrine.api.v1alpha1;

/** How tenant-service's JVM compiles: a trade between start-up and memory, and peak throughput. */
public enum JvmProfile {
  /** The client compiler only: the smallest footprint, within the checkout's latency goal. */
  Compact,
  /** Both compilers: about 2.5 times lower tail latency under sustained load, a few MB more. */
  Throughput
}
