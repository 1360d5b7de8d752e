package io.vitrine.api.v1alpha1;

public enum DeletionPolicy {
  Delete,
  Retain
}
