package dev.reactiveai.openai.simulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.SimulatorMode;
import dev.reactiveai.openai.simulator.autoconfigure.OpenAiSimulatorAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Runs an {@link OpenAiSimulator} for a {@code @SpringBootTest} or a test slice, and
 * points every OpenAI client of the application at it. The simulator is a bean: inject it
 * to script answers and faults and to inspect the requests it received. It is reset after
 * each test method. <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureOpenAiSimulator
 * class ChatTests {
 *
 *     &#64;Autowired
 *     OpenAiSimulator simulator;
 *
 *     &#64;Autowired
 *     ChatService chat;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration({ OpenAiSimulatorAutoConfiguration.class, OpenAiAutoConfiguration.class })
@PropertyMapping("openai.simulator")
public @interface AutoConfigureOpenAiSimulator {

	/**
	 * Whether to run the simulator.
	 * @return whether it runs
	 */
	boolean enabled() default true;

	/**
	 * Pace of streamed answers, in tokens (events) per second; 0 for as fast as possible.
	 * @return the pace
	 */
	int tokensPerSecond() default 0;

	/**
	 * The server the simulator plays: OpenAI's API, an Azure OpenAI resource (point the
	 * clients' {@code openai.azure.*} settings at it as for the real resource), or a
	 * server that needs no key.
	 * @return the mode
	 */
	SimulatorMode mode() default SimulatorMode.OPENAI;

}
