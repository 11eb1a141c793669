package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;

/**
 * Where the types that a schema declares inline go: nested in the type being read (its
 * model keeps them, in order), or, for an operation's inline schemas, top-level in the
 * model package under a prefix (a union must share its variants' package). A service is
 * an owner too, for the names of its nested classes.
 */
final class Owner {

	/** Names the generated code uses unqualified: a nested type must not hide them. */
	private static final Set<String> USED_NAMES = Set.of("Object", "String", "Long", "Double", "Boolean", "Integer",
			"Override", "Map", "List", "Objects", "Collections", "LinkedHashMap", "JsonNode", "JsonValue",
			"JsonProperty", "JsonCreator", "JsonAnySetter", "JsonAnyGetter", "JsonDeserialize", "ValueDeserializer",
			"TypeReference", "Nullable", "UnionDeserializer", "UploadFile", "Record", "Class", "Void", "Number");

	private final ClassName className;

	private final TypeSpec.@Nullable Builder builder;

	private final @Nullable Map<String, TypeSpec.Builder> topLevelTypes;

	private final @Nullable Function<TypeModel, TypeSpec.Builder> emitter;

	private final String prefix;

	private final Set<String> taken = new HashSet<>();

	private final List<TypeModel> nested = new ArrayList<>();

	private Owner(ClassName className, TypeSpec.@Nullable Builder builder,
			@Nullable Map<String, TypeSpec.Builder> topLevelTypes,
			@Nullable Function<TypeModel, TypeSpec.Builder> emitter, Set<String> reserved, String prefix) {
		this.className = className;
		this.builder = builder;
		this.topLevelTypes = topLevelTypes;
		this.emitter = emitter;
		this.prefix = prefix;
		this.taken.addAll(reserved);
		// A nested type may not share a name with a type that encloses it.
		for (ClassName enclosing = className; enclosing != null; enclosing = enclosing.enclosingClassName()) {
			this.taken.add(enclosing.simpleName());
		}
		this.taken.add("Builder");
		this.taken.add("Unknown");
		this.taken.add("Deserializer");
	}

	/**
	 * An owner that is a class being written, such as a service.
	 * @param className the class
	 * @param builder its builder
	 */
	Owner(ClassName className, TypeSpec.Builder builder) {
		this(className, builder, null, null, Set.of(), "");
	}

	/**
	 * An owner that is a type being read, whose model keeps the types nested in it.
	 * @param className the type
	 */
	Owner(ClassName className) {
		this(className, null, null, null, Set.of(), "");
	}

	/**
	 * An owner whose types are top-level in a package, named with a prefix.
	 * @param packageName the package
	 * @param topLevelTypes the package's types by simple name
	 * @param emitter what writes a type read
	 * @param reserved the names of types that the package will have, made or not
	 * @param prefix the prefix of the new types' names
	 * @return the owner
	 */
	static Owner topLevel(String packageName, Map<String, TypeSpec.Builder> topLevelTypes,
			Function<TypeModel, TypeSpec.Builder> emitter, Set<String> reserved, String prefix) {
		return new Owner(ClassName.get(packageName, prefix.isEmpty() ? "Types" : prefix), null, topLevelTypes, emitter,
				reserved, prefix);
	}

	ClassName className() {
		return this.className;
	}

	/** Whether the owner puts its types top-level in a package rather than in a type. */
	boolean isTopLevel() {
		return this.topLevelTypes != null;
	}

	/** The type being generated, when the owner is one. */
	TypeSpec.Builder builder() {
		if (this.builder == null) {
			throw new IllegalStateException("Top-level owners have no type of their own");
		}
		return this.builder;
	}

	/** A name for a new type, unique where it goes. */
	ClassName reserve(String hint) {
		return reserve(List.of(hint));
	}

	/**
	 * A name for a new type, unique where it goes: the first of the hints that is free,
	 * else the first that is followed by {@code Details} (a record {@code InputAudio}
	 * whose {@code input_audio} is an object has {@code InputAudio.InputAudioDetails}).
	 * Names never get a number: two types that a user would have to tell apart by one are
	 * a naming rule to fix.
	 * @param hints the names, best first
	 * @return the name
	 * @throws IllegalStateException when none is free
	 */
	ClassName reserve(List<String> hints) {
		List<String> candidates = new ArrayList<>();
		for (String suffix : List.of("", "Details")) {
			for (String hint : hints) {
				String base = USED_NAMES.contains(hint) ? hint + "Type" : hint;
				candidates.add(this.prefix + base + suffix);
			}
		}
		for (String name : candidates) {
			if (this.topLevelTypes != null) {
				if (!this.topLevelTypes.containsKey(name) && this.taken.add(name)) {
					this.topLevelTypes.put(name, TypeSpec.classBuilder(name));
					return ClassName.get(this.className.packageName(), name);
				}
			}
			else if (this.taken.add(name)) {
				return this.className.nestedClass(name);
			}
		}
		throw new IllegalStateException("No free name for a type in " + this.className + " among " + candidates
				+ ": make the naming rule in ModelGenerator give a better one, or rename a type in "
				+ TypeNames.SOURCE);
	}

	/**
	 * Add a type read under a name from {@link #reserve}: top-level, written now; else
	 * nested in the type being read.
	 */
	void add(TypeModel type) {
		if (this.topLevelTypes != null && this.emitter != null) {
			this.topLevelTypes.put(type.name().simpleName(), this.emitter.apply(type));
		}
		else {
			this.nested.add(type);
		}
	}

	/** The types nested in the type being read, in the order they were added. */
	List<TypeModel> nested() {
		return List.copyOf(this.nested);
	}

}
