package dev.reactiveai.openai.generator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void typesArePascalCase() {
		assertThat(Names.pascal("chat.completion.chunk")).isEqualTo("ChatCompletionChunk");
		assertThat(Names.pascal("Error-2")).isEqualTo("Error2");
		assertThat(Names.pascal("input_audio")).isEqualTo("InputAudio");
		assertThat(Names.pascal("1024x1024")).isEqualTo("V1024x1024");
	}

	@Test
	void listItemsAreNamedInTheSingular() {
		assertThat(Names.singularOrNull("Choices")).isEqualTo("Choice");
		assertThat(Names.singularOrNull("ToolCalls")).isEqualTo("ToolCall");
		assertThat(Names.singularOrNull("Modalities")).isEqualTo("Modality");
		assertThat(Names.singularOrNull("Statuses")).isEqualTo("Status");
		assertThat(Names.singularOrNull("Boxes")).isEqualTo("Box");
		assertThat(Names.singularOrNull("TestingCriteria")).isEqualTo("TestingCriterion");
		assertThat(Names.singularOrNull("Include")).isNull();
		assertThat(Names.singularOrNull("Status")).isNull();
		assertThat(Names.singularOrNull("Address")).isNull();
	}

	@Test
	void membersAreCamelCaseAndNeverKeywords() {
		assertThat(Names.camel("top_logprobs")).isEqualTo("topLogprobs");
		assertThat(Names.camel("b64_json")).isEqualTo("b64Json");
		assertThat(Names.camel("default")).isEqualTo("defaultValue");
		assertThat(Names.camel("class")).isEqualTo("classValue");
		assertThat(Names.camel("additional_properties")).isEqualTo("additionalPropertiesValue");
		assertThat(Names.camel("ID")).isEqualTo("id");
	}

	@Test
	void constantsAreUpperSnakeCase() {
		assertThat(Names.constant("in_progress")).isEqualTo("IN_PROGRESS");
		assertThat(Names.constant("gpt-4o-mini")).isEqualTo("GPT_4O_MINI");
		assertThat(Names.constant("1024x1024")).isEqualTo("V1024X1024");
		assertThat(Names.constant("thread.run.created")).isEqualTo("THREAD_RUN_CREATED");
		assertThat(Names.constant("")).isEqualTo("EMPTY");
	}

	@Test
	void listNamesAreMadeSingularForAdders() {
		assertThat(Names.singular("messages")).isEqualTo("message");
		assertThat(Names.singular("tools")).isEqualTo("tool");
		assertThat(Names.singular("toolCalls")).isEqualTo("toolCall");
		assertThat(Names.singular("queries")).isEqualTo("query");
		assertThat(Names.singular("outputModalities")).isEqualTo("outputModality");
		assertThat(Names.singular("allowedIps")).isEqualTo("allowedIp");
		assertThat(Names.singular("choices")).isEqualTo("choice");
		assertThat(Names.singular("sizes")).isEqualTo("size");
		assertThat(Names.singular("pendingSafetyChecks")).isEqualTo("pendingSafetyCheck");
		assertThat(Names.singular("matches")).isEqualTo("match");
		assertThat(Names.singular("boxes")).isEqualTo("box");
		assertThat(Names.singular("addresses")).isEqualTo("address");
		assertThat(Names.singular("testingCriteria")).isEqualTo("testingCriterion");
		assertThat(Names.singular("statuses")).isEqualTo("status");
	}

	@Test
	void namesThatAreNoPluralsStayAsTheyAre() {
		assertThat(Names.singular("include")).isEqualTo("include");
		assertThat(Names.singular("data")).isEqualTo("data");
		assertThat(Names.singular("status")).isEqualTo("status");
		assertThat(Names.singular("analysis")).isEqualTo("analysis");
		assertThat(Names.singular("access")).isEqualTo("access");
		assertThat(Names.singular("permissionsRemoved")).isEqualTo("permissionsRemoved");
		assertThat(Names.singular("series")).isEqualTo("series");
		assertThat(Names.singular("logitBias")).isEqualTo("logitBias");
	}

	@Test
	void javadocIsEscaped() {
		assertThat(Names.javadoc("a <b> & */ @c")).isEqualTo("a &lt;b&gt; &amp; *&#47; &#64;c");
	}

}
