package dev.reactiveai.openai.helpers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a bean as a function tool the model may call; register the bean's
 * tools with {@link ToolLoop.Builder#tools(Object)}, or read them with
 * {@link MethodTool#of(Object)}.
 *
 * <pre class="code">
 * &#64;Component
 * class WeatherTools {
 *
 * 	record City(&#64;JsonPropertyDescription("The city, in English") String name) {}
 *
 * 	&#64;Tool(description = "The weather today in a city")
 * 	String weather(City city) { return "Sunny in " + city.name(); }
 *
 * }
 * </pre>
 *
 * The method takes one record, whose components are the tool's arguments (described with
 * {@code @JsonPropertyDescription}, named with {@code @JsonProperty}, with the same
 * strict schema as {@link ToolDefinition#of(Class)}), or nothing. It returns the result
 * (a {@code String} sent as it is, anything else as JSON), a {@code Mono} of it, or
 * nothing ({@code void}). A method that returns a plain value runs on Reactor's bounded
 * elastic scheduler, for it may block; one that returns a {@code Mono} runs where it
 * subscribes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Tool {

	/**
	 * The name the model calls the tool by: letters, digits, underscores and dashes, at
	 * most 64. The method's name in snake_case unless set ({@code currentTime} is
	 * {@code current_time}).
	 * @return the name, or empty for the method's
	 */
	String name() default "";

	/**
	 * What the tool does and when to call it, for the model. The arguments record's
	 * {@code @JsonClassDescription} unless set.
	 * @return the description, or empty
	 */
	String description() default "";

}
