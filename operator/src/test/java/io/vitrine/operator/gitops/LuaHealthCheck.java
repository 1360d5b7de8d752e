package io.vitrine.operator.gitops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/** Runs an Argo CD health check script (Lua) on a resource, as Argo CD would. */
final class LuaHealthCheck {

  static final Path HEALTH = Path.of("..", "deploy", "gitops", "argocd", "health");
  private static final ObjectMapper JSON = new ObjectMapper();

  private LuaHealthCheck() {}

  /** The script's verdict: its "status" and "message". */
  static Map<String, String> run(String script, Object resource) throws IOException {
    var globals = JsePlatform.standardGlobals();
    globals.set("obj", toLua(JSON.valueToTree(resource)));
    LuaValue result = globals.load(Files.readString(HEALTH.resolve(script)), script).call();
    return Map.of(
        "status", result.get("status").tojstring(), "message", result.get("message").tojstring());
  }

  private static LuaValue toLua(JsonNode node) {
    if (node.isObject()) {
      var table = new LuaTable();
      node.fields().forEachRemaining(field -> table.set(field.getKey(), toLua(field.getValue())));
      return table;
    }
    if (node.isArray()) {
      var table = new LuaTable();
      for (int i = 0; i < node.size(); i++) {
        table.set(i + 1, toLua(node.get(i)));
      }
      return table;
    }
    if (node.isNumber()) {
      return LuaValue.valueOf(node.asDouble());
    }
    if (node.isBoolean()) {
      return LuaValue.valueOf(node.asBoolean());
    }
    return node.isNull() ? LuaValue.NIL : LuaValue.valueOf(node.asText());
  }
}
