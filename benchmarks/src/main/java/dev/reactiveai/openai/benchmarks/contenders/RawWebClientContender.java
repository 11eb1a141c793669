package dev.reactiveai.openai.benchmarks.contenders;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.reactiveai.openai.benchmarks.server.Payloads;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The floor under this client: a plain Spring {@link WebClient} on Reactor Netty that
 * posts a small request record and reads the answer into a small record with Jackson 3,
 * and nothing else (no retries, no timeouts, no error mapping). Its pool has as many
 * connections as this client's, 500.
 */
public final class RawWebClientContender implements CompletionContender {

	private final ConnectionProvider connections = ConnectionProvider.builder("raw-webclient")
		.maxConnections(500)
		.pendingAcquireMaxCount(-1)
		.build();

	private final WebClient webClient;

	private final Request request = new Request(Payloads.MODEL,
			List.of(new Message("system", Payloads.SYSTEM_MESSAGE), new Message("user", Payloads.USER_MESSAGE)));

	/**
	 * A web client.
	 * @param baseUrl the base URL
	 */
	public RawWebClientContender(String baseUrl) {
		JsonMapper mapper = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		this.webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(this.connections)))
			.codecs((codecs) -> {
				codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(mapper));
				codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(mapper));
			})
			.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY)
			.build();
	}

	@Override
	public String name() {
		return "raw WebClient";
	}

	@Override
	public CompletableFuture<Integer> complete() {
		return this.webClient.post()
			.uri("/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(this.request)
			.retrieve()
			.bodyToMono(Completion.class)
			.map((completion) -> completion.choices().get(0).message().content().length())
			.toFuture();
	}

	@Override
	public void close() {
		this.connections.dispose();
	}

	/**
	 * The request, as small as it can be.
	 *
	 * @param model the model
	 * @param messages the messages
	 */
	public record Request(String model, List<Message> messages) {

	}

	/**
	 * A message of the request or the answer.
	 *
	 * @param role who speaks
	 * @param content what is said
	 */
	public record Message(String role, String content) {

	}

	/**
	 * The answer, as far as an application reads it.
	 *
	 * @param id the completion's id
	 * @param choices the choices
	 * @param usage the tokens used
	 */
	public record Completion(String id, List<Choice> choices, Usage usage) {

	}

	/**
	 * One choice of the answer.
	 *
	 * @param index the choice's index
	 * @param message the message
	 * @param finishReason why the model stopped
	 */
	public record Choice(int index, Message message, String finishReason) {

	}

	/**
	 * The tokens used.
	 *
	 * @param promptTokens tokens of the prompt
	 * @param completionTokens tokens of the answer
	 * @param totalTokens both
	 */
	public record Usage(int promptTokens, int completionTokens, int totalTokens) {

	}

}
