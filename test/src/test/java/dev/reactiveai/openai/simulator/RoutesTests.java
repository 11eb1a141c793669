package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RoutesTests {

	private final Routes routes = new Routes(OpenApiSpec.bundled());

	@Test
	void aRouteTakesTheMethodAndPathOfItsOperationFromTheDescription() {
		this.routes.add("retrieveFile", (call) -> SimulatorResponse.ok(Map.of("id", call.variable("file_id"))));
		Routes.Match match = this.routes.find("GET", "/files/file-1");
		assertThat(match).isNotNull();
		assertThat(match.operationId()).isEqualTo("retrieveFile");
		assertThat(match.variables()).containsEntry("file_id", "file-1");
		assertThat(this.routes.find("DELETE", "/files/file-1")).isNull();
	}

	@Test
	void anUnknownOperationIdFailsNamingItAndTheClosestId() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.routes.add("createChatCompletions", (call) -> SimulatorResponse.ok(List.of())))
			.withMessageContaining("No operation 'createChatCompletions'")
			.withMessageContaining("did you mean 'createChatCompletion'?");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.routes.add("brewCoffee", (call) -> SimulatorResponse.ok(List.of())))
			.withMessageContaining("No operation 'brewCoffee'")
			.withMessageNotContaining("did you mean");
	}

	@Test
	void anOperationGetsOneRouteOnly() {
		this.routes.add("listFiles", (call) -> SimulatorResponse.ok(List.of()));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.routes.add("listFiles", (call) -> SimulatorResponse.ok(List.of())))
			.withMessageContaining("'listFiles' has a route already");
	}

	@Test
	void aRouteOfTheSimulatorsOwnMayNotTakeTheIdOfAnOperation() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> this.routes.addOwn("GET", "/files", "listFiles", (call) -> SimulatorResponse.ok(List.of())))
			.withMessageContaining("'listFiles' is an operation of the API");
	}

	@Test
	void everyModelledOperationAndTheRestFromTheDescriptionHaveARouteAtStartUp() {
		try (OpenAiSimulator simulator = OpenAiSimulator.start()) {
			assertThat(simulator.modelledOperations())
				.contains("createChatCompletion", "createResponse", "searchVectorStore", "listFilesInVectorStoreBatch")
				.doesNotContain("simulatorImage")
				.doesNotContainAnyElementsOf(simulator.operationsAnsweredFromSpec());
			assertThat(simulator.modelledOperations().size() + simulator.operationsAnsweredFromSpec().size())
				.isEqualTo(OpenApiSpec.bundled().operations().size());
		}
	}

}
