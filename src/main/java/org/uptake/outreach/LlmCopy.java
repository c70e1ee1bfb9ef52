package org.uptake.outreach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.uptake.model.Channel;

/**
 * Drafts from an OpenAI-compatible chat endpoint (a local Ollama, LM Studio, a hosted model). It
 * sees the audience, the channel and the facts README's Privacy section lists ({@link CopyFacts#FOR_MODEL}) —
 * never the email address, the CSM owner, why the person was picked (their signals), events or
 * tickets — and its drafts go through the same checks as the templates'. Optional: set
 * {@code outreach.llm.url} to use it.
 */
final class LlmCopy implements CopyGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final String model;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LlmCopy(String url, String model, String apiKey) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.model = model;
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return model + " at " + url;
    }

    @Override
    public Draft write(Audience audience, Channel channel, Map<String, String> facts) {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("temperature", 0.3);
        body.putArray("messages")
                .add(JSON.createObjectNode().put("role", "system").put("content", rules(channel)))
                .add(JSON.createObjectNode().put("role", "user").put("content", "Audience: " + audience.label() + "\nChannel: "
                        + channel.label() + "\nFacts:\n" + CopyFacts.serialize(CopyFacts.forModel(facts))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/chat/completions"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The copy model at " + url + " answered HTTP " + response.statusCode());
            }
            JsonNode content = JSON.readTree(response.body()).at("/choices/0/message/content");
            if (content.isMissingNode()) {
                throw new IllegalStateException("The copy model at " + url + " sent no message content");
            }
            return parse(content.asText());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the copy model at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the copy model", e);
        }
    }

    /** "Subject: …" on the first line, then the body. */
    static Draft parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "subject:", 0, 8)) {
            int end = t.indexOf('\n');
            String subject = (end < 0 ? t.substring(8) : t.substring(8, end)).strip();
            return new Draft(subject, end < 0 ? "" : t.substring(end + 1).strip());
        }
        return new Draft(null, t);
    }

    private static String rules(Channel channel) {
        return "You write short product messages for one person. Write in plain, friendly English. Use only the facts given;"
                + " do not invent numbers, names or features. Never say you watched, noticed or tracked what the person did."
                + " No HTML, no Markdown. The title is at most " + channel.maxSubject() + " characters, the text at most "
                + channel.maxBody() + ". Answer as: first line 'Subject: <title>', then a blank line, then the text.";
    }
}
