package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateModerationRequest;
import dev.reactiveai.openai.types.Moderation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationsSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void flagsOnlyTheCategoryOfTheTriggerWord() {
		JsonNode result = moderate(CreateModerationRequest.builder().input("I will kill the process").build()).get(0);
		assertThat(result.path("flagged").asBoolean()).isTrue();
		assertThat(flagged(result)).containsExactly("violence");
	}

	@Test
	void flagsAnInflectedTriggerWord() {
		JsonNode result = moderate(CreateModerationRequest.builder().input("They were stabbing at it").build()).get(0);
		assertThat(flagged(result)).containsExactly("violence");
	}

	@Test
	void doesNotFlagAWordThatOnlyContainsATrigger() {
		JsonNode result = moderate(CreateModerationRequest.builder().input("A skilled and stable team").build()).get(0);
		assertThat(result.path("flagged").asBoolean()).isFalse();
		assertThat(flagged(result)).isEmpty();
	}

	@Test
	void flagsTheParentOfAFlaggedSubcategory() {
		JsonNode result = moderate(CreateModerationRequest.builder().input("so much gore").build()).get(0);
		assertThat(flagged(result)).containsExactlyInAnyOrder("violence", "violence/graphic");
	}

	@Test
	void scoresFlaggedCategoriesHighAndOthersLow() {
		JsonNode result = moderate(CreateModerationRequest.builder().input("you idiot").build()).get(0);
		result.path("category_scores").properties().forEach((score) -> {
			boolean flagged = result.path("categories").path(score.getKey()).asBoolean();
			assertThat(score.getValue().asDouble()).isBetween(0.0, 1.0);
			if (flagged) {
				assertThat(score.getValue().asDouble()).isGreaterThanOrEqualTo(0.9);
			}
			else {
				assertThat(score.getValue().asDouble()).isLessThan(0.01);
			}
		});
		assertThat(flagged(result)).containsExactly("harassment");
	}

	@Test
	void answersEachStringOfAnArrayWithItsOwnResult() {
		StepVerifier.create(simulator.client()
			.moderations()
			.create(CreateModerationRequest.builder().input(List.of("hello", "murder", "counterfeit bills")).build()))
			.assertNext((response) -> {
				assertThat(response.results()).extracting(Moderation.Result::flagged)
					.containsExactly(false, true, true);
				assertThat(response.results().get(1).categories().violence()).isTrue();
				assertThat(response.results().get(2).categories().illicit()).isTrue();
				assertThat(response.results().get(2).categories().violence()).isFalse();
				assertThat(response.model()).isEqualTo("omni-moderation-latest");
				assertThat(response.id()).startsWith("modr-");
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void judgesTextAndImagePartsTogether() {
		CreateModerationRequest.Input parts = new CreateModerationRequest.Input.Unknown(OpenAiJson.mapper()
			.valueToTree(List.of(Map.of("type", "text", "text", "A picture of my holiday"),
					Map.of("type", "image_url", "image_url", Map.of("url", "https://example.com/gore.png")))));
		List<JsonNode> results = moderate(CreateModerationRequest.builder().input(parts).build());
		assertThat(results).hasSize(1);
		JsonNode result = results.get(0);
		assertThat(flagged(result)).containsExactlyInAnyOrder("violence", "violence/graphic");
		assertThat(result.path("category_applied_input_types").path("violence/graphic").toString())
			.isEqualTo("[\"text\",\"image\"]");
		assertThat(result.path("category_applied_input_types").path("hate").toString()).isEqualTo("[\"text\"]");
	}

	@Test
	void refusesAMissingInputNamingTheParam() {
		CreateModerationRequest withoutInput = new CreateModerationRequest(null, null, Map.of());
		StepVerifier.create(simulator.client().moderations().create(withoutInput)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(BadRequestException.class);
			assertThat(((OpenAiServiceException) ex).param()).isEqualTo("input");
		}).verify(TIMEOUT);
	}

	private static List<JsonNode> moderate(CreateModerationRequest request) {
		Moderation response = simulator.client().moderations().create(request).block(TIMEOUT);
		JsonNode json = OpenAiJson.mapper().valueToTree(response);
		return json.path("results").valueStream().toList();
	}

	private static List<String> flagged(JsonNode result) {
		return result.path("categories")
			.properties()
			.stream()
			.filter((category) -> category.getValue().asBoolean())
			.map(Map.Entry::getKey)
			.toList();
	}

}
