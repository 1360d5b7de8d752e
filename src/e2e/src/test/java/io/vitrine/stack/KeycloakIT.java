package io.vitrine.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

class KeycloakIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalStack stack = LocalStack.load();
  private final String baseUrl = stack.get("VITRINE_KEYCLOAK_URL");
  private final String realm = "stack-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final String clientSecret = UUID.randomUUID().toString();
  private final String userPassword = UUID.randomUUID().toString();
  private final Keycloak admin =
      Keycloak.getInstance(
          baseUrl,
          "master",
          stack.get("VITRINE_KEYCLOAK_ADMIN_USER"),
          stack.get("VITRINE_KEYCLOAK_ADMIN_PASSWORD"),
          "admin-cli");

  @Test
  void issuesATokenForAUserOfANewRealm() throws IOException, InterruptedException {
    admin.realms().create(realm());
    admin.realm(realm).clients().create(confidentialClient());
    admin.realm(realm).users().create(user());

    JsonNode token = passwordGrant();

    assertThat(claims(token.get("access_token").asText()).get("iss").asText())
        .isEqualTo(baseUrl + "/realms/" + realm);
    assertThat(claims(token.get("access_token").asText()).get("preferred_username").asText())
        .isEqualTo("associate-1");
  }

  private RealmRepresentation realm() {
    var representation = new RealmRepresentation();
    representation.setRealm(realm);
    representation.setEnabled(true);
    return representation;
  }

  private ClientRepresentation confidentialClient() {
    var client = new ClientRepresentation();
    client.setClientId("pos-console");
    client.setPublicClient(false);
    client.setSecret(clientSecret);
    client.setDirectAccessGrantsEnabled(true);
    client.setStandardFlowEnabled(false);
    return client;
  }

  private UserRepresentation user() {
    var password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(userPassword);
    password.setTemporary(false);
    var user = new UserRepresentation();
    user.setUsername("associate-1");
    user.setEmail("associate-1@example.com");
    user.setFirstName("Store");
    user.setLastName("Associate");
    user.setEmailVerified(true);
    user.setEnabled(true);
    user.setCredentials(List.of(password));
    return user;
  }

  private JsonNode passwordGrant() throws IOException, InterruptedException {
    var form =
        Map.of(
            "grant_type", "password",
            "client_id", "pos-console",
            "client_secret", clientSecret,
            "username", "associate-1",
            "password", userPassword);
    var request =
        HttpRequest.newBuilder(
                URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static JsonNode claims(String jwt) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @AfterEach
  void deleteRealm() {
    admin.realm(realm).remove();
    admin.close();
  }
}
