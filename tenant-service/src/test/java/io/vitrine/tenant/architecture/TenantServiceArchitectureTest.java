package io.vitrine.tenant.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of tenant-service: one package per feature ({@code io.vitrine.tenant.<feature>}),
 * shared plumbing under {@code common}, and no feature reaching into another's data access.
 */
class TenantServiceArchitectureTest {

  private static final String ROOT = "io.vitrine.tenant";
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void aRepositoryIsReachedOnlyFromItsOwnFeature() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should(onlyBeAccessedFromTheirOwnFeature())
        .check(production);
  }

  @Test
  void nothingDependsOnARestResource() {
    noClasses()
        .should()
        .dependOnClassesThat(areRestResources())
        .because("a resource is the edge of the service: everything else is reached from it")
        .check(production);
  }

  @Test
  void restResourcesAreNamedSo() {
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .haveSimpleNameEndingWith("Resource")
        .check(production);
  }

  @Test
  void sharedPlumbingKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".common..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a feature package",
                (JavaClass target) ->
                    target.getPackageName().startsWith(ROOT + ".")
                        && !target.getPackageName().startsWith(ROOT + ".common")))
        .check(production);
  }

  @Test
  void theCheckoutPathNeverWaitsForAModel() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".checkout..", ROOT + ".pos..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".ai..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dev.langchain4j..")
        .because(
            "generative features run after the sale (drafts) or beside it (copilot), never in the"
                + " checkout's deadline unless a StoreRollout setting asks for it")
        .check(production);
  }

  @Test
  void everyClassLivesInAFeatureOrInCommon() {
    classes()
        .that()
        .resideInAPackage(ROOT + "..")
        .should()
        .resideOutsideOfPackage(ROOT)
        .because("the root package holds no code: each class belongs to a feature")
        .check(production);
  }

  /** The feature of a class: the first package segment under {@code io.vitrine.tenant}. */
  static String featureOf(JavaClass type) {
    String rest =
        type.getPackageName()
            .substring(Math.min(type.getPackageName().length(), ROOT.length() + 1));
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static DescribedPredicate<JavaClass> areRestResources() {
    return DescribedPredicate.describe(
        "are REST resources", (JavaClass target) -> target.isAnnotatedWith(Path.class));
  }

  private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnFeature() {
    return new ArchCondition<>("only be accessed from their own feature") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        repository.getDirectDependenciesToSelf().stream()
            .filter(
                dependency -> !featureOf(dependency.getOriginClass()).equals(featureOf(repository)))
            .forEach(
                dependency ->
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription())));
      }
    };
  }
}
