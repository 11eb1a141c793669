package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Runs the function tools a model asks for and sends their results back, round after
 * round, until the model answers without asking for a tool. Register each tool with the
 * code that answers it; the loop adds the tools' definitions to the request, runs the
 * calls of a round concurrently, and gives each round to whoever watches
 * ({@link #chatRounds}, {@link #responseRounds}). Streamed ({@link #chatStream},
 * {@link #responseStream}), the answer's text flows out while the rounds run, with each
 * tool call as it starts and finishes ({@link ToolLoopEvent}). Tools are functions of a
 * record ({@link Builder#tool(Class, Function)}) or a bean's methods annotated with
 * {@link Tool} ({@link Builder#tools(Object)}).
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
 * fails the loop with a {@link ToolLoopException}. Cancelling the subscription stops
 * everything: the stream of the round, the tools running, and no further request is sent.
 * The loop holds no state between calls: one instance serves any number of conversations
 * at once.
 */
public final class ToolLoop {

	private final Map<String, RegisteredTool<?>> tools;

	private final int maxRounds;

	private final boolean raiseToolErrors;

	private final JsonMapper mapper;

	private ToolLoop(Builder builder) {
		// In the order registered: the order of the request's tools.
		this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tools));
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
			return runAll(chatCalls(calls)).flatMapMany(
					(results) -> Flux.concat(Mono.just(new ChatRound(round, request, completion, results)), Flux.defer(
							() -> chatRound(chat, nextChatRequest(request, completion, calls, results), round + 1))));
		});
	}

	/**
	 * Run a chat completion, streamed: the text of the answer as it comes, each tool call
	 * as it starts and finishes, and each round once its tools have run
	 * ({@link ChatRound}, the completion put together from the chunks). The last event is
	 * the round that asks for no tool.
	 * @param chat the chat completions service
	 * @param request the first request; the loop adds its tools and streams it
	 * @return the events, in order
	 */
	public Flux<ToolLoopEvent> chatStream(ChatCompletionsService chat, CreateChatCompletionRequest request) {
		CreateChatCompletionRequest.Builder first = request.toBuilder();
		this.tools.values().forEach((tool) -> first.addTool(tool.definition().chatTool()));
		return chatStreamRound(chat, first.build(), 1);
	}

	private Flux<ToolLoopEvent> chatStreamRound(ChatCompletionsService chat, CreateChatCompletionRequest request,
			int round) {
		return Flux.defer(() -> {
			ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
			Flux<ToolLoopEvent> text = chat.createStream(request)
				.transform(accumulator::tap)
				.transform(OutputText::chatDeltas)
				.map((delta) -> new ToolLoopEvent.TextDelta(round, delta));
			return text.concatWith(accumulator.result().flatMapMany((completion) -> {
				List<ChatCompletionMessageToolCall> calls = functionCalls(completion);
				if (calls.isEmpty()) {
					return Flux.just(new ChatRound(round, request, completion, List.of()));
				}
				if (round >= this.maxRounds) {
					return Flux.error(tooManyRounds(calls.stream().map((call) -> call.function().name()).toList()));
				}
				return streamAll(round, chatCalls(calls),
						(results) -> Flux.concat(Mono.just(new ChatRound(round, request, completion, results)),
								Flux.defer(() -> chatStreamRound(chat,
										nextChatRequest(request, completion, calls, results), round + 1))));
			}));
		});
	}

	private static CreateChatCompletionRequest nextChatRequest(CreateChatCompletionRequest request,
			ChatCompletion completion, List<ChatCompletionMessageToolCall> calls, List<ToolResult> results) {
		CreateChatCompletionRequest.Builder next = request.toBuilder().addMessage(ChatMessages.assistant(completion));
		for (int i = 0; i < results.size(); i++) {
			next.addMessage(ChatMessages.toolResult(calls.get(i), results.get(i).output()));
		}
		return next.build();
	}

	private static List<PendingCall> chatCalls(List<ChatCompletionMessageToolCall> calls) {
		return calls.stream()
			.map((call) -> new PendingCall(call.id(), call.function().name(), call.function().arguments()))
			.toList();
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
			return Flux.error(notStored());
		}
		return responseRound(responses, withTools(request), 1);
	}

	private Flux<ResponseRound> responseRound(ResponsesService responses, CreateResponse request, int round) {
		return responses.create(request).flatMapMany((response) -> {
			List<FunctionToolCall> calls = functionCalls(response);
			if (calls.isEmpty()) {
				return Flux.just(new ResponseRound(round, request, response, List.of()));
			}
			if (round >= this.maxRounds) {
				return Flux.error(tooManyRounds(calls.stream().map(FunctionToolCall::name).toList()));
			}
			return runAll(responseCalls(calls))
				.flatMapMany((results) -> Flux.concat(Mono.just(new ResponseRound(round, request, response, results)),
						Flux.defer(() -> responseRound(responses,
								nextResponseRequest(request, response, calls, results), round + 1))));
		});
	}

	/**
	 * Run a response, streamed: the text of the answer as it comes, each tool call as it
	 * starts and finishes, and each round once its tools have run ({@link ResponseRound},
	 * the response put together from the events). The last event is the round that asks
	 * for no tool. Rounds after the first continue the previous response, so the request
	 * must not turn {@code store} off.
	 * @param responses the responses service
	 * @param request the first request; the loop adds its tools and streams it
	 * @return the events, in order
	 */
	public Flux<ToolLoopEvent> responseStream(ResponsesService responses, CreateResponse request) {
		if (Boolean.FALSE.equals(request.store())) {
			return Flux.error(notStored());
		}
		return responseStreamRound(responses, withTools(request), 1);
	}

	private Flux<ToolLoopEvent> responseStreamRound(ResponsesService responses, CreateResponse request, int round) {
		return Flux.defer(() -> {
			ResponseAccumulator accumulator = ResponseAccumulator.create();
			Flux<ToolLoopEvent> text = responses.createStream(request)
				.transform(accumulator::tap)
				.transform(OutputText::responseDeltas)
				.map((delta) -> new ToolLoopEvent.TextDelta(round, delta));
			return text.concatWith(accumulator.result().flatMapMany((response) -> {
				List<FunctionToolCall> calls = functionCalls(response);
				if (calls.isEmpty()) {
					return Flux.just(new ResponseRound(round, request, response, List.of()));
				}
				if (round >= this.maxRounds) {
					return Flux.error(tooManyRounds(calls.stream().map(FunctionToolCall::name).toList()));
				}
				return streamAll(round, responseCalls(calls),
						(results) -> Flux.concat(Mono.just(new ResponseRound(round, request, response, results)),
								Flux.defer(() -> responseStreamRound(responses,
										nextResponseRequest(request, response, calls, results), round + 1))));
			}));
		});
	}

	private CreateResponse withTools(CreateResponse request) {
		CreateResponse.Builder first = request.toBuilder();
		this.tools.values().forEach((tool) -> first.addTool(tool.definition().functionTool()));
		return first.build();
	}

	private static IllegalArgumentException notStored() {
		return new IllegalArgumentException("A Responses tool loop continues each response with "
				+ "previous_response_id, which needs the response stored: leave store unset or true");
	}

	private static CreateResponse nextResponseRequest(CreateResponse request, Response response,
			List<FunctionToolCall> calls, List<ToolResult> results) {
		List<InputItem> outputs = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			outputs.add(ResponseItems.functionCallOutput(calls.get(i), results.get(i).output()));
		}
		return request.toBuilder().previousResponseId(response.id()).input(outputs).build();
	}

	private static List<FunctionToolCall> functionCalls(Response response) {
		return response.output()
			.stream()
			.filter(FunctionToolCall.class::isInstance)
			.map(FunctionToolCall.class::cast)
			.toList();
	}

	private static List<PendingCall> responseCalls(List<FunctionToolCall> calls) {
		return calls.stream().map((call) -> new PendingCall(call.callId(), call.name(), call.arguments())).toList();
	}

	/** Runs the calls of a round concurrently; the results in the calls' order. */
	private Mono<List<ToolResult>> runAll(List<PendingCall> calls) {
		return Flux.fromIterable(calls)
			.flatMapSequential((call) -> run(call.name(), call.arguments())
				.map((outcome) -> new ToolResult(call.callId(), call.name(), outcome.output())), calls.size())
			.collectList();
	}

	/**
	 * Runs the calls of a round concurrently, telling each as it starts and finishes,
	 * then goes on with the results in the calls' order.
	 */
	private Flux<ToolLoopEvent> streamAll(int round, List<PendingCall> calls,
			Function<List<ToolResult>, Flux<ToolLoopEvent>> then) {
		return Flux.defer(() -> {
			AtomicReferenceArray<ToolResult> results = new AtomicReferenceArray<>(calls.size());
			Flux<ToolLoopEvent> started = Flux.fromIterable(calls)
				.map((call) -> new ToolLoopEvent.ToolCallStarted(round, call.callId(), call.name(), call.arguments()));
			Flux<ToolLoopEvent> finished = Flux.range(0, calls.size()).flatMap((index) -> {
				PendingCall call = calls.get(index);
				return run(call.name(), call.arguments()).map((outcome) -> {
					results.set(index, new ToolResult(call.callId(), call.name(), outcome.output()));
					return new ToolLoopEvent.ToolCallFinished(round, call.callId(), call.name(), call.arguments(),
							outcome.output(), outcome.failure());
				});
			}, calls.size());
			return Flux.concat(started, finished, Flux.defer(() -> {
				List<ToolResult> ordered = new ArrayList<>(calls.size());
				for (int i = 0; i < calls.size(); i++) {
					ordered.add(results.get(i));
				}
				return then.apply(ordered);
			}));
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
		return run(name, arguments).map(Outcome::output);
	}

	/** The output of one call, as the text the model reads. */
	private Mono<Outcome> run(String name, String arguments) {
		RegisteredTool<?> tool = this.tools.get(name);
		if (tool == null) {
			return failed(name, new ToolLoopException("The model called a tool named '" + name
					+ "', which this loop does not have; it has " + this.tools.keySet()));
		}
		return Mono.defer(() -> tool.call(arguments))
			.map((result) -> new Outcome(text(result), null))
			.switchIfEmpty(Mono.fromSupplier(() -> new Outcome("", null)))
			.onErrorResume((ex) -> failed(name, ex));
	}

	private Mono<Outcome> failed(String name, Throwable failure) {
		if (this.raiseToolErrors) {
			return Mono.error((failure instanceof ToolLoopException) ? failure
					: new ToolLoopException("Tool '" + name + "' failed: " + failure.getMessage(), failure));
		}
		return Mono
			.just(new Outcome(text(Map.of("error", "Tool '" + name + "' failed: " + failure.getMessage())), failure));
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
			List<ToolResult> results) implements ToolLoopEvent {
	}

	/**
	 * One round of a Responses tool loop.
	 *
	 * @param round its number, from 1
	 * @param request the request sent
	 * @param response the response it got
	 * @param results the results of the tools the response asked for, in its order
	 */
	public record ResponseRound(int round, CreateResponse request, Response response,
			List<ToolResult> results) implements ToolLoopEvent {
	}

	/** A call the model asked for, of either API. */
	private record PendingCall(String callId, String name, String arguments) {

	}

	/** What a call gave: the output sent back, and the failure it tells of, if any. */
	private record Outcome(String output, @Nullable Throwable failure) {

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
		 * Add the tools of a bean: its methods annotated with {@link Tool}, as
		 * {@link MethodTool#of(Object)} reads them.
		 * @param bean the bean
		 * @return this builder
		 * @throws IllegalArgumentException if the bean has no {@code @Tool} method, or
		 * one cannot be a tool
		 */
		public Builder tools(Object bean) {
			List<MethodTool<?>> found = MethodTool.of(bean);
			Assert.isTrue(!found.isEmpty(),
					() -> ClassUtils.getUserClass(bean).getName() + " has no method annotated with @"
							+ Tool.class.getName() + ": annotate the methods the model " + "may call");
			found.forEach(this::tool);
			return this;
		}

		/**
		 * Add a tool answered by a bean's method.
		 * @param <A> the arguments' type
		 * @param tool the tool
		 * @return this builder
		 */
		public <A> Builder tool(MethodTool<A> tool) {
			return tool(tool.definition(), tool::call);
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
