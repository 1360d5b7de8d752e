package io.vitrine.tenant.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This process, as named on the import jobs it runs: the host (the pod's name in Kubernetes) and a
 * random part, since a restarted container keeps its pod's name but not its jobs.
 */
@ApplicationScoped
public class ImportInstance {

  private final String id = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

  public String id() {
    return id;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
