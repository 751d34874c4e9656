package org.kcsp.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A connection to a browser's DevTools protocol (Chrome DevTools Protocol) over its WebSocket:
 * commands sent and their results awaited, events handed to the session they belong to. Sessions
 * are flat: a page's commands and events carry its session id on the browser's one connection.
 */
final class DevTools implements AutoCloseable {

  /** How long a command may take: the build machine may be busy with other builds. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();
  private volatile Throwable closed;

  private DevTools(WebSocket.Builder builder, URI endpoint) throws InterruptedException {
    try {
      socket = builder.buildAsync(endpoint, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not open the browser's DevTools connection " + endpoint, e);
    }
  }

  /** Connects to the browser's WebSocket {@code endpoint} ({@code ws://127.0.0.1:PORT/devtools/browser/ID}). */
  static DevTools connect(URI endpoint) throws InterruptedException {
    return new DevTools(HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT), endpoint);
  }

  /** An empty object of parameters, to fill. */
  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Runs a command of the browser itself and returns its result. */
  JsonNode send(String method, ObjectNode params) throws InterruptedException {
    return send(null, method, params);
  }

  /**
   * Runs {@code method} in a session ({@code null}: the browser's own) and returns its result.
   *
   * @throws IllegalStateException when the browser answers with an error, or not in time
   */
  JsonNode send(String session, String method, ObjectNode params) throws InterruptedException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    if (closed != null) {
      pending.remove(id);
      throw new IllegalStateException("the browser's DevTools connection is closed, before " + method, closed);
    }
    try {
      synchronized (socket) {
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
      JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (JsonProcessingException | ExecutionException e) {
      throw new IllegalStateException(method + " failed", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + " had no answer within " + TIMEOUT.toSeconds() + " s", e);
    } finally {
      pending.remove(id);
    }
  }

  /** Hands every event of {@code session} to {@code events}, from now until {@link #forget}. */
  void listen(String session, Consumer<JsonNode> events) {
    sessions.put(session, events);
  }

  void forget(String session) {
    sessions.remove(session);
  }

  @Override
  public void close() {
    socket.abort();
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      fail(new IllegalStateException("the browser sent something that is not JSON: " + text, e));
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
    } else if (message.has("sessionId")) {
      Consumer<JsonNode> events = sessions.get(message.get("sessionId").asText());
      if (events != null) {
        events.accept(message);
      }
    }
  }

  private void fail(Throwable why) {
    closed = why;
    pending.values().forEach(answer -> answer.completeExceptionally(why));
  }

  /** Puts the frames of each message together, then reads it. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        receive(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      fail(new IllegalStateException("the browser closed its DevTools connection (" + statusCode + " " + reason + ")"));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      fail(error);
    }
  }
}
