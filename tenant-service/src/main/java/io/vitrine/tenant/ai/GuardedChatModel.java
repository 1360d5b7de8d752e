package io.vitrine.tenant.ai;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The tenant's model behind {@link PromptGuard}: every message of every request any AI service
 * makes (system, user, the model's own earlier turns and tool calls, tool results) is inspected
 * here, where the framework hands it to the client, and a request with personal data is refused
 * ({@link PromptRefusedException}) before a byte leaves the process.
 */
final class GuardedChatModel implements ChatModel {

  private final ChatModel model;

  GuardedChatModel(ChatModel model) {
    this.model = model;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    var found = EnumSet.noneOf(PiiKind.class);
    for (ChatMessage message : request.messages()) {
      for (String text : texts(message)) {
        found.addAll(PromptGuard.inspect(text).found());
      }
    }
    if (!found.isEmpty()) {
      throw new PromptRefusedException(new GuardVerdict(found));
    }
    ChatResponse response = model.chat(request);
    ServedModel.record(response);
    return response;
  }

  private static List<String> texts(ChatMessage message) {
    if (message instanceof SystemMessage system) {
      return List.of(system.text());
    }
    if (message instanceof UserMessage user) {
      return user.contents().stream().map(GuardedChatModel::text).toList();
    }
    if (message instanceof AiMessage ai) {
      return aiTexts(ai);
    }
    if (message instanceof ToolExecutionResultMessage result) {
      return List.of(result.text());
    }
    throw unreadable();
  }

  private static String text(Content content) {
    if (content instanceof TextContent text) {
      return text.text();
    }
    // Only text is sent: an image or a document is refused rather than sent unread.
    throw unreadable();
  }

  private static List<String> aiTexts(AiMessage ai) {
    var texts = new ArrayList<String>();
    if (ai.text() != null) {
      texts.add(ai.text());
    }
    if (ai.hasToolExecutionRequests()) {
      for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
        texts.add(call.arguments());
      }
    }
    return texts;
  }

  private static PromptRefusedException unreadable() {
    return new PromptRefusedException(new GuardVerdict(EnumSet.of(PiiKind.UNREADABLE_CONTENT)));
  }
}
