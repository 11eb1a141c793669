package dev.reactiveai.openai.helpers;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * A function tool answered by a method of a bean annotated with {@link Tool}: its
 * definition (name and description from the annotation, the strict schema of the record
 * the method takes) and the call of the method with the model's arguments. Read a bean's
 * tools with {@link #of(Object)}; {@link ToolLoop.Builder#tools(Object)} registers them.
 *
 * @param <A> the type of the arguments: the record the method takes
 */
public final class MethodTool<A> {

	private final ToolDefinition<A> definition;

	private final Object bean;

	private final Method method;

	private final boolean takesArguments;

	private final boolean returnsMono;

	private MethodTool(ToolDefinition<A> definition, Object bean, Method method, boolean takesArguments,
			boolean returnsMono) {
		this.definition = definition;
		this.bean = bean;
		this.method = method;
		this.takesArguments = takesArguments;
		this.returnsMono = returnsMono;
	}

	/**
	 * The tools of a bean: its methods annotated with {@link Tool} (of its class, its
	 * superclasses and interfaces; of the user's class when the bean is a CGLIB proxy),
	 * ordered by name.
	 * @param bean the bean
	 * @return its tools, empty when it has none
	 * @throws IllegalArgumentException naming the method, when a method's parameters,
	 * return type or name cannot make a tool
	 */
	public static List<MethodTool<?>> of(Object bean) {
		Objects.requireNonNull(bean, "'bean' must not be null");
		Class<?> type = ClassUtils.getUserClass(bean);
		Map<Method, Tool> annotated = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<Tool>) (method) -> AnnotatedElementUtils.findMergedAnnotation(method,
						Tool.class));
		List<MethodTool<?>> tools = new ArrayList<>();
		for (Map.Entry<Method, Tool> entry : annotated.entrySet()) {
			tools.add(tool(bean, entry.getKey(), entry.getValue()));
		}
		tools.sort(Comparator.comparing((tool) -> tool.definition().name()));
		return List.copyOf(tools);
	}

	private static MethodTool<?> tool(Object bean, Method method, Tool annotation) {
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length > 1 || (parameters.length == 1 && !isArgumentsType(parameters[0]))) {
			throw new IllegalArgumentException("Tool method " + describe(method) + " cannot be a tool: a @Tool method "
					+ "takes one record, whose components are the tool's arguments (say "
					+ "record Arguments(String city, int days)), or no parameter");
		}
		Class<?> returned = method.getReturnType();
		boolean returnsMono = Mono.class.isAssignableFrom(returned);
		if (!returnsMono && (Publisher.class.isAssignableFrom(returned)
				|| CompletionStage.class.isAssignableFrom(returned) || Future.class.isAssignableFrom(returned))) {
			throw new IllegalArgumentException("Tool method " + describe(method) + " returns a "
					+ returned.getSimpleName() + ", which is not one result: return the result, or a Mono of it "
					+ "(collect a Flux with collectList(), adapt a future with Mono.fromFuture)");
		}
		Class<?> argumentsType = (parameters.length == 1) ? parameters[0] : NoArguments.class;
		ReflectionUtils.makeAccessible(method);
		try {
			return create(argumentsType, annotation, bean, method, parameters.length == 1, returnsMono);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Tool method " + describe(method) + " cannot be a tool: " + ex.getMessage(), ex);
		}
	}

	private static <A> MethodTool<A> create(Class<A> argumentsType, Tool annotation, Object bean, Method method,
			boolean takesArguments, boolean returnsMono) {
		ToolDefinition<A> definition = (takesArguments ? ToolDefinition.of(argumentsType)
				: ToolDefinition.withoutArguments(argumentsType))
			.withName(annotation.name().isEmpty() ? ToolDefinition.snakeCase(method.getName()) : annotation.name());
		if (!annotation.description().isEmpty()) {
			definition = definition.withDescription(annotation.description());
		}
		return new MethodTool<>(definition, bean, method, takesArguments, returnsMono);
	}

	/** Whether a type can be the arguments: an object with properties, not a value. */
	private static boolean isArgumentsType(Class<?> type) {
		return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !type.isInterface()
				&& !type.getName().startsWith("java.") && !Collection.class.isAssignableFrom(type)
				&& !Map.class.isAssignableFrom(type) && !Optional.class.isAssignableFrom(type);
	}

	private static String describe(Method method) {
		return method.getDeclaringClass().getName() + "." + method.getName()
				+ Arrays.stream(method.getParameterTypes())
					.map(Class::getSimpleName)
					.collect(Collectors.joining(", ", "(", ")"));
	}

	/**
	 * The tool's definition, as the model sees it.
	 * @return the definition
	 */
	public ToolDefinition<A> definition() {
		return this.definition;
	}

	/**
	 * Calls the method with a call's arguments. A method that returns a plain value (or
	 * nothing) runs on the bounded elastic scheduler; its exceptions, and a failed
	 * {@code Mono}, fail the result.
	 * @param arguments the arguments, as {@link ToolDefinition#arguments(String)} reads
	 * them
	 * @return what the method returned, empty for nothing
	 */
	public Mono<?> call(A arguments) {
		Object[] parameters = this.takesArguments ? new Object[] { arguments } : new Object[0];
		if (this.returnsMono) {
			return Mono.defer(() -> {
				try {
					Mono<?> result = (Mono<?>) invoke(parameters);
					return (result != null) ? result : Mono.empty();
				}
				catch (Throwable ex) {
					Exceptions.throwIfJvmFatal(ex);
					return Mono.error(ex);
				}
			});
		}
		return Mono.defer(() -> {
			try {
				return Mono.justOrEmpty(invoke(parameters));
			}
			catch (Throwable ex) {
				Exceptions.throwIfJvmFatal(ex);
				return Mono.error(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private @Nullable Object invoke(Object[] parameters) throws Throwable {
		try {
			return this.method.invoke(this.bean, parameters);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@Override
	public String toString() {
		return "MethodTool[" + this.definition.name() + " -> " + describe(this.method) + "]";
	}

	/** The arguments of a method that takes none: an object without properties. */
	record NoArguments() {

	}

}
