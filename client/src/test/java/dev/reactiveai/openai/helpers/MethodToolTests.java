package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tools from a bean's methods annotated with {@link Tool}: their definitions, their
 * calls, and clear errors for the methods that cannot be tools.
 */
class MethodToolTests {

	@JsonClassDescription("A city to look up")
	record City(@JsonPropertyDescription("The city, in English") String name) {
	}

	record Temperature(double celsius) {
	}

	static class Tools {

		@Tool(description = "The weather today in a city")
		String weather(City city) {
			return "Sunny in " + city.name();
		}

		@Tool(name = "to-fahrenheit")
		Mono<Map<String, Double>> toFahrenheit(Temperature temperature) {
			return Mono.just(Map.of("fahrenheit", temperature.celsius() * 9 / 5 + 32));
		}

		@Tool
		String currentTime() {
			return "12:00";
		}

		@Tool
		String broken(City city) {
			throw new IllegalStateException("no weather for " + city.name());
		}

		String notATool(City city) {
			return "never";
		}

	}

	private final List<MethodTool<?>> tools = MethodTool.of(new Tools());

	@Test
	void theAnnotatedMethodsAreTheToolsNamedAndDescribed() {
		assertThat(this.tools).extracting((tool) -> tool.definition().name())
			.containsExactly("broken", "current_time", "to-fahrenheit", "weather");
		ToolDefinition<?> weather = tool("weather").definition();
		assertThat(weather.description()).isEqualTo("The weather today in a city");
		assertThat(weather.argumentsType()).isEqualTo(City.class);
		assertThat(weather.functionTool().strict()).isTrue();
		StrictSchemaAssert.assertStrict(weather.parameters());
		assertThat(weather.parameters()).extractingByKey("properties")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsKey("name");
		assertThat(tool("broken").definition().description()).as("the record's description, when the tool has none")
			.isEqualTo("A city to look up");
		ToolDefinition<?> time = tool("current_time").definition();
		assertThat(time.parameters()).containsEntry("type", "object")
			.containsEntry("additionalProperties", false)
			.containsEntry("properties", Map.of());
	}

	@Test
	void aCallReadsTheArgumentsAndRunsTheMethod() {
		StepVerifier.create(call("weather", "{\"name\":\"Paris\"}"))
			.expectNext("Sunny in Paris")
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(call("to-fahrenheit", "{\"celsius\":100}"))
			.expectNext(Map.of("fahrenheit", 212.0))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(call("current_time", "{}")).expectNext("12:00").expectComplete().verify(TIMEOUT);
		StepVerifier.create(call("broken", "{\"name\":\"Oslo\"}"))
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class).hasMessage("no weather for Oslo"))
			.verify(TIMEOUT);
	}

	@Test
	void aMethodThatReturnsAValueRunsOffTheCallersThread() {
		Thread caller = Thread.currentThread();
		Object bean = new Object() {

			@Tool
			String where() {
				return Thread.currentThread().getName();
			}

		};
		MethodTool<?> where = MethodTool.of(bean).get(0);
		StepVerifier.create(callAny(where, "{}"))
			.assertNext(
					(thread) -> assertThat((String) thread).isNotEqualTo(caller.getName()).contains("boundedElastic"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void methodsThatCannotBeToolsAreRefusedNamingTheMethod() {
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool
			String weather(String city, String unit) {
				return city + unit;
			}

		})).withMessageContaining(".weather(String, String) cannot be a tool").withMessageContaining("one record");
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool
			String weather(String city) {
				return city;
			}

		})).withMessageContaining(".weather(String)").withMessageContaining("one record");
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool
			Flux<String> forecast(City city) {
				return Flux.just("sun");
			}

		})).withMessageContaining(".forecast(City) returns a Flux").withMessageContaining("collectList()");
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool
			CompletableFuture<String> forecast(City city) {
				return CompletableFuture.completedFuture("sun");
			}

		})).withMessageContaining("returns a CompletableFuture").withMessageContaining("Mono.fromFuture");
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool
			String stock(Map<String, Integer> shelves) {
				return "";
			}

		})).withMessageContaining(".stock(Map) cannot be a tool");
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(new Object() {

			@Tool(name = "a tool")
			String spaced(City city) {
				return "";
			}

		})).withMessageContaining(".spaced(City) cannot be a tool").withMessageContaining("'a tool'");
	}

	@Test
	void aRecordAStrictSchemaCannotDescribeIsRefusedNamingTheMethodAndTheField() {
		record Shelves(Map<String, Integer> counts) {
		}
		Object bean = new Object() {

			@Tool
			String stock(Shelves shelves) {
				return "";
			}

		};
		assertThatIllegalArgumentException().isThrownBy(() -> MethodTool.of(bean))
			.withMessageContaining(".stock(Shelves) cannot be a tool")
			.withMessageContaining("counts")
			.withCauseInstanceOf(UnsupportedSchemaException.class);
	}

	@Test
	void aBeanWithoutToolsIsRefusedByTheLoop() {
		assertThat(MethodTool.of(new Object())).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ToolLoop.builder().tools(new Object()))
			.withMessageContaining("java.lang.Object has no method annotated with @" + Tool.class.getName());
	}

	private MethodTool<?> tool(String name) {
		return this.tools.stream().filter((tool) -> tool.definition().name().equals(name)).findFirst().orElseThrow();
	}

	private Mono<Object> call(String name, String arguments) {
		return callAny(tool(name), arguments);
	}

	private static <A> Mono<Object> callAny(MethodTool<A> tool, String arguments) {
		return tool.call(tool.definition().arguments(arguments)).cast(Object.class);
	}

}
