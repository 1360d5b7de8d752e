package io.vitrine.tenant.pos.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a stored event's body: a JSON object, or Lightspeed X-Series' form with a payload. */
final class EventBodies {

  private EventBodies() {}

  static JsonNode jsonObject(ObjectMapper json, byte[] bytes) {
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new MalformedVendorDataException("the event body is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new MalformedVendorDataException("the event body is not JSON");
    }
  }

  /** The {@code payload} field of a form-encoded body. */
  static byte[] formPayload(byte[] formBody) {
    for (String pair : new String(formBody, StandardCharsets.UTF_8).split("&")) {
      if (pair.startsWith("payload=")) {
        return URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    throw new MalformedVendorDataException("the form has no payload");
  }
}
