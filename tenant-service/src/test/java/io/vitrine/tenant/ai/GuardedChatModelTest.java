package io.vitrine.tenant.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedChatModelTest {

  private final List<ChatRequest> sent = new ArrayList<>();
  private final ChatModel model =
      new GuardedChatModel(
          new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
              sent.add(request);
              return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
            }
          });

  @Test
  void aCleanRequestReachesTheModel() {
    ChatResponse response =
        model.chat(request("You write care guides.", "[P1] Hydra Serum (serum)"));

    assertThat(response.aiMessage().text()).isEqualTo("ok");
    assertThat(sent).hasSize(1);
  }

  @Test
  void aRequestWithPersonalDataNeverReachesTheModel() {
    assertThatThrownBy(() -> model.chat(request("system", "reach me at +44 20 7946 0958")))
        .isInstanceOf(PromptRefusedException.class)
        .hasMessage("prompt refused: it contains PHONE_NUMBER");
    assertThatThrownBy(() -> model.chat(request("mail jane@example.com", "hello")))
        .isInstanceOf(PromptRefusedException.class)
        .hasMessageNotContaining("jane");

    assertThat(sent).isEmpty();
  }

  @Test
  void theFallbackReasonOfARefusalIsPromptRefused() {
    var refusal = new PromptRefusedException(PromptGuard.inspect("jane@example.com"));

    assertThat(ModelFallback.reason(new RuntimeException(refusal)))
        .isEqualTo(FallbackReason.PROMPT_REFUSED);
  }

  private static ChatRequest request(String system, String user) {
    return ChatRequest.builder()
        .messages(SystemMessage.from(system), UserMessage.from(user))
        .build();
  }
}
