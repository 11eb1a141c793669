package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.reactiveai.openai.chat.ChatCompletionsService;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.responses.ResponsesService;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.Response;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * Runs the function tools a model asks for and sends their results back, round after
 * round, until the model answers without asking for a tool. Register each tool with the
 * code that answers it; the loop adds the tools' definitions to the request, runs the
 * calls of a round concurrently, and gives each round to whoever watches
 * ({@link #chatRounds}, {@link #responseRounds}).
 *
 * <pre class="code">
 * record GetWeather(String city) {}
 * ToolLoop loop = ToolLoop.builder()
 * 	.tool(GetWeather.class, (args) -&gt; weather.today(args.city()))   // Mono of the result
 * 	.build();
 * Mono&lt;ChatCompletion&gt; answer = loop.chat(chat.completions(), CreateChatCompletionRequest.builder()
 * 	.model("gpt-4.1-mini").addUserMessage("Weather in Paris?").build());
 * </pre>
 *
 * A result is sent to the model as it is when it is a {@code String}, else as its JSON. A
 * tool that fails, or a call of a tool the loop does not know, is told to the model as an
 * error it may recover from, unless {@link Builder#raiseToolErrors()} makes the loop fail
 * instead. A model that still asks for tools after {@link Builder#maxRounds(int)} rounds
 * fails the loop with a {@link ToolLoopException}. The loop holds no state between calls:
 * one instance serves any number of conversations at once.
 */
public final class ToolLoop {

	private final Map<String, RegisteredTool<?>> tools;

	private final int maxRounds;

	private final boolean raiseToolErrors;

	private final JsonMapper mapper;

	private ToolLoop(Builder builder) {
		this.tools = Map.copyOf(builder.tools);
		this.maxRounds = builder.maxRounds;
		this.raiseToolErrors = builder.raiseToolErrors;
		this.mapper = builder.mapper;
	}

	/**
	 * A builder of a tool loop.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Run a chat completion to its final answer.
	 * @param chat the chat completions service
	 * @param request the first request; the loop adds its tools
	 * @return the completion that asks for no tool
	 */
	public Mono<ChatCompletion> chat(ChatCompletionsService chat, CreateChatCompletionRequest request) {
		return chatRounds(chat, request).last().map(ChatRound::completion);
	}

	/**
	 * Run a chat completion, round by round: each round's request, the completion it got
	 * and the results of the tools it asked for. The last round asks for none.
	 * @param chat the chat completions service
	 * @param request the first request; the loop adds its tools
	 * @return the rounds, in order
	 */
	public Flux<ChatRound> chatRounds(ChatCompletionsService chat, CreateChatCompletionRequest request) {
		CreateChatCompletionRequest.Builder first = request.toBuilder();
		this.tools.values().forEach((tool) -> first.addTool(tool.definition().chatTool()));
		return chatRound(chat, first.build(), 1);
	}

	private Flux<ChatRound> chatRound(ChatCompletionsService chat, CreateChatCompletionRequest request, int round) {
		return chat.create(request).flatMapMany((completion) -> {
			List<ChatCompletionMessageToolCall> calls = functionCalls(completion);
			if (calls.isEmpty()) {
				return Flux.just(new ChatRound(round, request, completion, List.of()));
			}
			if (round >= this.maxRounds) {
				return Flux.error(tooManyRounds(calls.stream().map((call) -> call.function().name()).toList()));
			}
			return Flux.fromIterable(calls)
				.flatMapSequential((call) -> run(call.function().name(), call.function().arguments())
					.map((output) -> new ToolResult(call.id(), call.function().name(), output)))
				.collectList()
				.flatMapMany((results) -> {
					CreateChatCompletionRequest.Builder next = request.toBuilder()
						.addMessage(ChatMessages.assistant(completion));
					for (int i = 0; i < results.size(); i++) {
						next.addMessage(ChatMessages.toolResult(calls.get(i), results.get(i).output()));
					}
					return Flux.concat(Mono.just(new ChatRound(round, request, completion, results)),
							Flux.defer(() -> chatRound(chat, next.build(), round + 1)));
				});
		});
	}

	/**
	 * Run a response to its final answer. Rounds after the first continue the previous
	 * response ({@code previous_response_id}), so the request must not turn {@code store}
	 * off.
	 * @param responses the responses service
	 * @param request the first request; the loop adds its tools
	 * @return the response that asks for no tool
	 */
	public Mono<Response> response(ResponsesService responses, CreateResponse request) {
		return responseRounds(responses, request).last().map(ResponseRound::response);
	}

	/**
	 * Run a response, round by round: each round's request, the response it got and the
	 * results of the tools it asked for. The last round asks for none.
	 * @param responses the responses service
	 * @param request the first request; the loop adds its tools
	 * @return the rounds, in order
	 */
	public Flux<ResponseRound> responseRounds(ResponsesService responses, CreateResponse request) {
		if (Boolean.FALSE.equals(request.store())) {
			return Flux.error(new IllegalArgumentException("A Responses tool loop continues each response with "
					+ "previous_response_id, which needs the response stored: leave store unset or true"));
		}
		CreateResponse.Builder first = request.toBuilder();
		this.tools.values().forEach((tool) -> first.addTool(tool.definition().functionTool()));
		return responseRound(responses, first.build(), 1);
	}

	private Flux<ResponseRound> responseRound(ResponsesService responses, CreateResponse request, int round) {
		return responses.create(request).flatMapMany((response) -> {
			List<FunctionToolCall> calls = response.output()
				.stream()
				.filter(FunctionToolCall.class::isInstance)
				.map(FunctionToolCall.class::cast)
				.toList();
			if (calls.isEmpty()) {
				return Flux.just(new ResponseRound(round, request, response, List.of()));
			}
			if (round >= this.maxRounds) {
				return Flux.error(tooManyRounds(calls.stream().map(FunctionToolCall::name).toList()));
			}
			return Flux.fromIterable(calls)
				.flatMapSequential((call) -> run(call.name(), call.arguments())
					.map((output) -> new ToolResult(call.callId(), call.name(), output)))
				.collectList()
				.flatMapMany((results) -> {
					List<InputItem> outputs = new ArrayList<>();
					for (int i = 0; i < results.size(); i++) {
						outputs.add(ResponseItems.functionCallOutput(calls.get(i), results.get(i).output()));
					}
					CreateResponse next = request.toBuilder().previousResponseId(response.id()).input(outputs).build();
					return Flux.concat(Mono.just(new ResponseRound(round, request, response, results)),
							Flux.defer(() -> responseRound(responses, next, round + 1)));
				});
		});
	}

	private static List<ChatCompletionMessageToolCall> functionCalls(ChatCompletion completion) {
		if (completion.choices().isEmpty() || completion.choices().get(0).message().toolCalls() == null) {
			return List.of();
		}
		return completion.choices()
			.get(0)
			.message()
			.toolCalls()
			.stream()
			.filter(ChatCompletionMessageToolCall.class::isInstance)
			.map(ChatCompletionMessageToolCall.class::cast)
			.toList();
	}

	/**
	 * The definitions of the loop's tools, for APIs that the loop does not drive itself,
	 * such as a realtime session.
	 * @return the definitions
	 */
	public List<ToolDefinition<?>> definitions() {
		return this.tools.values().stream().<ToolDefinition<?>>map(RegisteredTool::definition).toList();
	}

	/**
	 * How many rounds the model may ask for tools.
	 * @return the number of rounds
	 */
	public int maxRounds() {
		return this.maxRounds;
	}

	/**
	 * Run one call of a tool as the loop does: its result as the text the model reads, a
	 * failure told as an error the model may recover from unless
	 * {@link Builder#raiseToolErrors()} was set. For APIs that the loop does not drive
	 * itself, such as a realtime session.
	 * @param name the name of the tool called
	 * @param arguments the call's arguments, JSON
	 * @return the output to send back to the model
	 */
	public Mono<String> call(String name, String arguments) {
		return run(name, arguments);
	}

	/** The output of one call, as the text the model reads. */
	private Mono<String> run(String name, String arguments) {
		RegisteredTool<?> tool = this.tools.get(name);
		if (tool == null) {
			return toolError(name, new ToolLoopException("The model called a tool named '" + name
					+ "', which this loop does not have; it has " + this.tools.keySet()));
		}
		return Mono.defer(() -> tool.call(arguments))
			.map(this::text)
			.switchIfEmpty(Mono.just(""))
			.onErrorResume((ex) -> toolError(name, ex));
	}

	private Mono<String> toolError(String name, Throwable failure) {
		if (this.raiseToolErrors) {
			return Mono.error((failure instanceof ToolLoopException) ? failure
					: new ToolLoopException("Tool '" + name + "' failed: " + failure.getMessage(), failure));
		}
		return Mono.just(text(Map.of("error", "Tool '" + name + "' failed: " + failure.getMessage())));
	}

	private String text(Object result) {
		return (result instanceof String text) ? text : this.mapper.writeValueAsString(result);
	}

	private ToolLoopException tooManyRounds(List<String> asked) {
		return new ToolLoopException("The model still asked for tools " + asked + " after " + this.maxRounds
				+ " rounds; raise ToolLoop.builder().maxRounds(..) if it needs more");
	}

	/**
	 * The result of one tool call in a round.
	 *
	 * @param callId the id of the call
	 * @param name the tool called
	 * @param output what the model was sent back
	 */
	public record ToolResult(String callId, String name, String output) {
	}

	/**
	 * One round of a chat tool loop.
	 *
	 * @param round its number, from 1
	 * @param request the request sent
	 * @param completion the completion it got
	 * @param results the results of the tools the completion asked for, in its order
	 */
	public record ChatRound(int round, CreateChatCompletionRequest request, ChatCompletion completion,
			List<ToolResult> results) {
	}

	/**
	 * One round of a Responses tool loop.
	 *
	 * @param round its number, from 1
	 * @param request the request sent
	 * @param response the response it got
	 * @param results the results of the tools the response asked for, in its order
	 */
	public record ResponseRound(int round, CreateResponse request, Response response, List<ToolResult> results) {
	}

	private record RegisteredTool<A>(ToolDefinition<A> definition, Function<A, Mono<?>> handler) {

		Mono<?> call(String arguments) {
			return this.handler.apply(this.definition.arguments(arguments));
		}

	}

	/**
	 * Builds a {@link ToolLoop}.
	 */
	public static final class Builder {

		private final Map<String, RegisteredTool<?>> tools = new LinkedHashMap<>();

		private int maxRounds = 10;

		private boolean raiseToolErrors;

		private JsonMapper mapper = OpenAiJson.mapper();

		private Builder() {
		}

		/**
		 * Add a tool whose arguments are a record, named and described as
		 * {@link ToolDefinition#of(Class)} says.
		 * @param <A> the arguments' type
		 * @param argumentsType the arguments' type
		 * @param handler what answers a call: a {@code String}, or a value sent as JSON
		 * @return this builder
		 */
		public <A> Builder tool(Class<A> argumentsType, Function<A, ? extends Mono<?>> handler) {
			return tool(ToolDefinition.of(argumentsType), handler);
		}

		/**
		 * Add a tool.
		 * @param <A> the arguments' type
		 * @param definition the tool's definition
		 * @param handler what answers a call: a {@code String}, or a value sent as JSON
		 * @return this builder
		 */
		public <A> Builder tool(ToolDefinition<A> definition, Function<A, ? extends Mono<?>> handler) {
			Assert.isTrue(!this.tools.containsKey(definition.name()), () -> "A tool named '" + definition.name()
					+ "' is already registered; give one of them " + "another name with ToolDefinition.withName(..)");
			this.tools.put(definition.name(), new RegisteredTool<>(definition, handler::apply));
			return this;
		}

		/**
		 * How many rounds the model may ask for tools before the loop fails; 10 unless
		 * set.
		 * @param maxRounds at least 1
		 * @return this builder
		 */
		public Builder maxRounds(int maxRounds) {
			Assert.isTrue(maxRounds >= 1, () -> "maxRounds must be at least 1, was " + maxRounds);
			this.maxRounds = maxRounds;
			return this;
		}

		/**
		 * Fail the loop when a tool fails or an unknown tool is called, instead of
		 * telling the model.
		 * @return this builder
		 */
		public Builder raiseToolErrors() {
			this.raiseToolErrors = true;
			return this;
		}

		/**
		 * The mapper that writes results that are not strings; the client's default
		 * unless set.
		 * @param mapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper mapper) {
			this.mapper = mapper;
			return this;
		}

		/**
		 * Build the loop.
		 * @return the loop
		 */
		public ToolLoop build() {
			Assert.state(!this.tools.isEmpty(), "A tool loop needs at least one tool: add one with tool(..)");
			return new ToolLoop(this);
		}

	}

}
