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
		assertThat(Names.singular("Choices")).isEqualTo("Choice");
		assertThat(Names.singular("ToolCalls")).isEqualTo("ToolCall");
		assertThat(Names.singular("Modalities")).isEqualTo("Modality");
		assertThat(Names.singular("Statuses")).isEqualTo("Status");
		assertThat(Names.singular("Boxes")).isEqualTo("Box");
		assertThat(Names.singular("TestingCriteria")).isEqualTo("TestingCriterion");
		assertThat(Names.singular("Include")).isNull();
		assertThat(Names.singular("Status")).isNull();
		assertThat(Names.singular("Address")).isNull();
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
	void javadocIsEscaped() {
		assertThat(Names.javadoc("a <b> & */ @c")).isEqualTo("a &lt;b&gt; &amp; *&#47; &#64;c");
	}

}
