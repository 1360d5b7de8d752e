package io.vitrine.tenant.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.ingredients.AllergenGroups;
import org.junit.jupiter.api.Test;

class QuestionIntentsTest {

  private final AllergenGroups groups = AllergenGroups.standard();

  @Test
  void anAllergyQuestionGoesToScreeningWithTheGroupsItNames() {
    QuestionIntents intents =
        QuestionIntents.of("Is this cream OK for someone with a tree nut allergy?", groups);

    assertThat(intents.ingredients()).isTrue();
    assertThat(intents.groups()).isNotEmpty();
    assertThat(intents.stock()).isFalse();
  }

  @Test
  void aFragranceFreeQuestionNamesTheFragranceGroup() {
    QuestionIntents intents =
        QuestionIntents.of("Do you have a fragrance-free moisturiser?", groups);

    assertThat(intents.ingredients()).isTrue();
    assertThat(intents.groups()).contains("fragrance");
  }

  @Test
  void stockAndLoyaltyQuestionsAreToldApart() {
    assertThat(QuestionIntents.of("Which other stores have it in stock?", groups).stock()).isTrue();
    assertThat(QuestionIntents.of("How many points does she have?", groups).loyalty()).isTrue();
    assertThat(QuestionIntents.of("How do I clean a leather strap?", groups))
        .isEqualTo(new QuestionIntents(false, false, false, java.util.Set.of()));
  }
}
