package dev.reactiveai.openai.types;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.json.OpenAiJson;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The generated builders take what users hold: one call per message, lists of a union's
 * variant, adders, and neither the literals they fill in nor the flags the service's call
 * decides.
 */
class BuildersTests {

	private static final String COMPLETION = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
			+ "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
			+ "\"content\":\"Hello!\",\"refusal\":null},\"finish_reason\":\"stop\",\"logprobs\":null}]}";

	private static final String RESPONSE = "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,"
			+ "\"status\":\"completed\",\"model\":\"gpt-4.1-mini\",\"output\":[]}";

	@RegisterExtension
	final MockApi api = new MockApi();

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void oneUserMessageIsOneBuilderCall() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addUserMessage("Hello")
			.build();
		assertThat(json(request)).isEqualTo(
				tree("{\"model\":\"gpt-4o-mini\"," + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"));
		assertThat(request.messages()).singleElement().isInstanceOf(ChatCompletionRequestUserMessage.class);
	}

	@Test
	void theMessageShortcutsAddEachRoleInTheOrderCalled() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addDeveloperMessage("Answer in French")
			.addSystemMessage("Be brief")
			.addUserMessage("Hi")
			.addAssistantMessage("Bonjour")
			.build();
		assertThat(request.messages()).extracting(Object::getClass)
			.containsExactly(ChatCompletionRequestDeveloperMessage.class, ChatCompletionRequestSystemMessage.class,
					ChatCompletionRequestUserMessage.class, ChatCompletionRequestAssistantMessage.class);
		JsonNode messages = json(request).get("messages");
		assertThat(messages.valueStream().map((message) -> message.get("role").asString())).containsExactly("developer",
				"system", "user", "assistant");
		assertThat(messages.valueStream().map((message) -> message.get("content").asString()))
			.containsExactly("Answer in French", "Be brief", "Hi", "Bonjour");
	}

	@Test
	void listsOfAUnionsVariantAreAccepted() {
		List<ChatCompletionRequestUserMessage> messages = List.of(
				ChatCompletionRequestUserMessage.builder().content("one").build(),
				ChatCompletionRequestUserMessage.builder().content("two").build());
		List<ChatCompletionTool> chatTools = List
			.of(ChatCompletionTool.builder().function(FunctionObject.builder().name("lookup").build()).build());
		CreateChatCompletionRequest chat = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(messages)
			.tools(chatTools)
			.build();
		assertThat(chat.messages()).containsExactlyElementsOf(messages);
		assertThat(json(chat).get("tools").get(0).get("function").get("name").asString()).isEqualTo("lookup");
		List<FunctionTool> tools = List.of(FunctionTool.builder().name("weather").build(),
				FunctionTool.builder().name("time").build());
		CreateResponse response = CreateResponse.builder().model("gpt-4.1-mini").input("hi").tools(tools).build();
		assertThat(response.tools()).containsExactlyElementsOf(tools);
		assertThat(json(response).get("tools").valueStream().map((tool) -> tool.get("name").asString()))
			.containsExactly("weather", "time");
	}

	@Test
	void addersAppendInOrderAfterWhatWasSet() {
		CreateChatCompletionRequest chat = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestSystemMessage.builder().content("first").build()))
			.addMessage(ChatCompletionRequestUserMessage.builder().content("second").build())
			.addUserMessage("third")
			.build();
		assertThat(json(chat).get("messages").valueStream().map((message) -> message.get("content").asString()))
			.containsExactly("first", "second", "third");
		CreateResponse response = CreateResponse.builder()
			.model("gpt-4.1-mini")
			.addTool(FunctionTool.builder().name("weather").build())
			.addTool(FunctionTool.builder().name("time").build())
			.addInclude(IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS)
			.addInclude("reasoning.encrypted_content")
			.addUserMessage("Hi")
			.addInput(EasyInputMessage.builder().role("assistant").content("Hello").build())
			.addUserMessage("How are you?")
			.putMetadata("team", "search")
			.putMetadata("stage", "test")
			.build();
		JsonNode json = json(response);
		assertThat(json.get("tools").valueStream().map((tool) -> tool.get("name").asString()))
			.containsExactly("weather", "time");
		assertThat(json.get("include").valueStream().map(JsonNode::asString))
			.containsExactly("message.output_text.logprobs", "reasoning.encrypted_content");
		assertThat(json.get("input")
			.valueStream()
			.map((item) -> item.get("role").asString() + ":" + item.get("content").asString()))
			.containsExactly("user:Hi", "assistant:Hello", "user:How are you?");
		assertThat(json.get("metadata")).isEqualTo(tree("{\"team\":\"search\",\"stage\":\"test\"}"));
	}

	@Test
	void theBuilderKeepsItsOwnCopiesAndBuildsUnmodifiableOnes() {
		List<ChatCompletionRequestMessage> given = new ArrayList<>();
		given.add(ChatCompletionRequestUserMessage.builder().content("kept").build());
		CreateChatCompletionRequest.Builder builder = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(given);
		given.add(ChatCompletionRequestUserMessage.builder().content("added to the caller's list").build());
		CreateChatCompletionRequest first = builder.build();
		builder.addUserMessage("added to the builder after it built");
		assertThat(first.messages()).hasSize(1);
		assertThat(builder.build().messages()).hasSize(2);
		assertThat(first.toBuilder().addUserMessage("to a copy").build().messages()).hasSize(2);
		assertThat(first.messages()).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.messages().add(ChatCompletionRequestUserMessage.builder().content("x").build()));
	}

	@Test
	void aUnionsListAddedToKeepsWhatEachBuiltValueHeld() {
		CreateResponse.Builder builder = CreateResponse.builder().model("gpt-4.1-mini");
		for (int i = 0; i < 1000; i++) {
			builder.addUserMessage("message " + i);
		}
		CreateResponse first = builder.build();
		builder.addUserMessage("after the first build");
		CreateResponse second = builder.build();
		CreateResponse copy = second.toBuilder().addUserMessage("to a copy").build();
		builder.input("a string now")
			.input(List.of(EasyInputMessage.builder().role("user").content("a list now").build()));
		CreateResponse third = builder.addUserMessage("after setting").build();
		assertThat(inputs(first)).hasSize(1000).startsWith("message 0").endsWith("message 999");
		assertThat(inputs(second)).hasSize(1001).endsWith("message 999", "after the first build");
		assertThat(inputs(copy)).hasSize(1002).endsWith("after the first build", "to a copy");
		assertThat(inputs(third)).containsExactly("a list now", "after setting");
		assertThat(inputs(second)).hasSize(1001);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ((InputParam.InputItemList) first.input()).value().clear());
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> CreateResponse.builder().input("a string").addUserMessage("x"))
			.withMessageContaining("Cannot add to 'input', which holds a StringValue");
	}

	private List<String> inputs(CreateResponse response) {
		return json(response).get("input").valueStream().map((item) -> item.get("content").asString()).toList();
	}

	@Test
	void typeConstantsAreWrittenWithoutBeingSet() {
		assertThat(json(FunctionTool.builder().name("weather").build()).get("type").asString()).isEqualTo("function");
		assertThat(json(ChatCompletionTool.builder().function(FunctionObject.builder().name("f").build()).build())
			.get("type")
			.asString()).isEqualTo("function");
		assertThat(json(ChatCompletionRequestUserMessage.builder().content("hi").build()).get("role").asString())
			.isEqualTo("user");
		assertThat(
				json(CreateResponse.builder().addUserMessage("hi").build()).get("input").get(0).get("type").asString())
			.isEqualTo("message");
	}

	@Test
	void literalsAndWhatTheCallSetsHaveNoSetter() {
		assertThat(methodNames(FunctionTool.Builder.class)).doesNotContain("type").contains("name");
		assertThat(methodNames(ChatCompletionRequestUserMessage.Builder.class)).doesNotContain("role")
			.contains("content");
		assertThat(methodNames(CreateChatCompletionRequest.Builder.class)).doesNotContain("stream")
			.contains("streamOptions", "addMessage", "addUserMessage");
		assertThat(methodNames(CreateResponse.Builder.class)).doesNotContain("stream")
			.contains("streamOptions", "addInput", "addUserMessage");
		assertThat(methodNames(CreateSpeechRequest.Builder.class)).doesNotContain("streamFormat");
		assertThat(methodNames(ResponsesRetrieveParams.Builder.class)).doesNotContain("stream")
			.contains("include", "addInclude");
	}

	@Test
	void aResponsesRequestTakesAStringOrMessages() {
		assertThat(json(CreateResponse.builder().model("gpt-4.1-mini").input("hi").build()).get("input"))
			.isEqualTo(tree("\"hi\""));
		assertThat(json(CreateResponse.builder()
			.model("gpt-4.1-mini")
			.addSystemMessage("Be brief")
			.addUserMessage("hi")
			.build()).get("input"))
			.isEqualTo(tree("[{\"role\":\"system\",\"content\":\"Be brief\",\"type\":\"message\"},"
					+ "{\"role\":\"user\",\"content\":\"hi\",\"type\":\"message\"}]"));
	}

	@Test
	void addingToAUnionThatHoldsAStringFailsSayingWhatToDo() {
		CreateResponse.Builder builder = CreateResponse.builder().input("hi");
		assertThatIllegalStateException().isThrownBy(() -> builder.addUserMessage("more"))
			.withMessage("Cannot add to 'input', which holds a StringValue, not a list: set it to a list first");
	}

	@Test
	void aChatRequestIsSentWithoutStreamByCreateAndWithItByCreateStream() throws InterruptedException {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addUserMessage("Hi")
			.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
			.build();
		this.api.enqueue(TestClients.json(COMPLETION));
		StepVerifier.create(this.api.client().chat().completions().create(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(sentBody())
			.isEqualTo(tree("{\"model\":\"gpt-4o-mini\"," + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));
		this.api.enqueue(stream());
		StepVerifier.create(this.api.client().chat().completions().createStream(request))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(sentBody())
			.isEqualTo(tree("{\"model\":\"gpt-4o-mini\"," + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
					+ "\"stream_options\":{\"include_usage\":true},\"stream\":true}"));
	}

	@Test
	void aResponsesRequestIsSentWithoutStreamByCreateAndWithItByCreateStream() throws InterruptedException {
		CreateResponse request = CreateResponse.builder().model("gpt-4.1-mini").input("Hi").build();
		this.api.enqueue(TestClients.json(RESPONSE));
		StepVerifier.create(this.api.client().responses().create(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(sentBody()).isEqualTo(tree("{\"model\":\"gpt-4.1-mini\",\"input\":\"Hi\"}"));
		this.api.enqueue(stream());
		StepVerifier.create(this.api.client().responses().createStream(request)).expectComplete().verify(TIMEOUT);
		assertThat(sentBody()).isEqualTo(tree("{\"model\":\"gpt-4.1-mini\",\"input\":\"Hi\",\"stream\":true}"));
	}

	@Test
	void aRequestReadWithStreamIsSentWholeWithoutItAndItsStreamOptions() throws InterruptedException {
		CreateChatCompletionRequest read = this.mapper.readValue("{\"model\":\"gpt-4o-mini\","
				+ "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"stream\":false,"
				+ "\"stream_options\":{\"include_usage\":true}}", CreateChatCompletionRequest.class);
		this.api.enqueue(TestClients.json(COMPLETION));
		StepVerifier.create(this.api.client().chat().completions().create(read))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(sentBody())
			.isEqualTo(tree("{\"model\":\"gpt-4o-mini\"," + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));
		this.api.enqueue(stream());
		StepVerifier.create(this.api.client().chat().completions().createStream(read)).expectComplete().verify(TIMEOUT);
		// Sent once, true: the builder does not copy the value read.
		String streamed = this.api.takeRequest().getBody().utf8();
		assertThat(streamed.split("\"stream\":", -1)).hasSize(2);
		assertThat(tree(streamed).get("stream").asBoolean()).isTrue();
	}

	@Test
	void aResponseReadWithANullErrorRebuildsFromItsBuilder() {
		// "error" is required but its component admits null: a successful response
		// carries "error": null, and its builder must take it back.
		Response read = this.mapper.readValue("{\"id\":\"resp_1\",\"object\":\"response\","
				+ "\"created_at\":1,\"model\":\"gpt-4.1-mini\",\"error\":null,\"incomplete_details\":null,"
				+ "\"instructions\":null,\"output\":[],\"parallel_tool_calls\":true,\"metadata\":{},"
				+ "\"tool_choice\":\"auto\",\"temperature\":1,\"top_p\":1,\"tools\":[]}", Response.class);
		Response rebuilt = read.toBuilder().build();
		assertThat(rebuilt.error()).isNull();
		assertThat(rebuilt).isEqualTo(read);
		assertThat(json(rebuilt)).isEqualTo(json(read));
	}

	private JsonNode sentBody() throws InterruptedException {
		return tree(this.api.takeRequest().getBody().utf8());
	}

	private static MockResponse stream() {
		return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body("").build();
	}

	private JsonNode json(Object value) {
		return tree(this.mapper.writeValueAsString(value));
	}

	private JsonNode tree(String json) {
		return this.mapper.readTree(json);
	}

	private static List<String> methodNames(Class<?> type) {
		return Arrays.stream(type.getMethods()).map(Method::getName).toList();
	}

}
