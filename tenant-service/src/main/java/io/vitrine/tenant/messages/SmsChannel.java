package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Map;

/** SMS through the configured delivery service ({@code vitrine.messages.sms.*}). */
@Singleton
public class SmsChannel extends HttpMessageChannel {

  public SmsChannel(MessagesConfig config, ObjectMapper json) {
    super(config.sms(), config.requestTimeout(), json);
  }

  @Override
  public ContactChannel channel() {
    return ContactChannel.SMS;
  }

  @Override
  Map<String, Object> payload(OutboundMessage message) {
    return Map.of(
        "message_id", message.messageId(), "to_ref", message.addressRef(), "text", message.body());
  }
}
