package io.vitrine.tenant.ai;

import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The last response the tenant's model gave on this thread, for the audit's model version: the AI
 * services quarkus-langchain4j generates return a {@code Result} without the response's metadata.
 * An AI service call runs on the thread that makes it (its {@code @Timeout} interrupts that thread
 * rather than moving the call), so {@link GenerationService} reads here what its call produced.
 */
final class ServedModel {

  private static final ThreadLocal<ChatResponse> LAST = new ThreadLocal<>();

  private ServedModel() {}

  static void clear() {
    LAST.remove();
  }

  static void record(ChatResponse response) {
    LAST.set(response);
  }

  /** The response recorded since {@link #clear()}, if any, and forgets it. */
  static ChatResponse take() {
    ChatResponse response = LAST.get();
    LAST.remove();
    return response;
  }
}
