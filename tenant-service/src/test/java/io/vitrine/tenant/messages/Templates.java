package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The service's templates and regimen data on a standalone Qute engine configured as Quarkus's. */
final class Templates {

  private Templates() {}

  static RegimenMessageRenderer renderer() {
    Engine engine =
        Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .removeStandaloneLines(true)
            .iterationMetadataPrefix("<alias_>")
            .strictRendering(true)
            .addLocator(Templates::classpath)
            .build();
    return new RegimenMessageRenderer(engine);
  }

  static RegimenCatalog catalog() {
    return RegimenCatalog.standard(new ObjectMapper());
  }

  private static Optional<TemplateLocator.TemplateLocation> classpath(String id) {
    var url = Templates.class.getClassLoader().getResource("templates/" + id);
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TemplateLocator.TemplateLocation() {
          @Override
          public Reader read() {
            try {
              return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public Optional<io.quarkus.qute.Variant> getVariant() {
            return Optional.empty();
          }
        });
  }
}
