package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;

/**
 * Where the types that a schema declares inline go: nested in the type being generated,
 * or, for an operation's inline schemas, top-level in the model package under a prefix (a
 * union must share its variants' package).
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

	private final String prefix;

	private final Set<String> taken = new HashSet<>();

	private Owner(ClassName className, TypeSpec.@Nullable Builder builder,
			@Nullable Map<String, TypeSpec.Builder> topLevelTypes, Set<String> reserved, String prefix) {
		this.className = className;
		this.builder = builder;
		this.topLevelTypes = topLevelTypes;
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

	Owner(ClassName className, TypeSpec.Builder builder) {
		this(className, builder, null, Set.of(), "");
	}

	/**
	 * An owner whose types are top-level in a package, named with a prefix.
	 * @param packageName the package
	 * @param topLevelTypes the package's types by simple name
	 * @param reserved the names of types that the package will have, made or not
	 * @param prefix the prefix of the new types' names
	 * @return the owner
	 */
	static Owner topLevel(String packageName, Map<String, TypeSpec.Builder> topLevelTypes, Set<String> reserved,
			String prefix) {
		return new Owner(ClassName.get(packageName, prefix.isEmpty() ? "Types" : prefix), null, topLevelTypes, reserved,
				prefix);
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

	/** Add a type made under a name from {@link #reserve}. */
	void add(ClassName name, TypeSpec.Builder type) {
		if (this.topLevelTypes != null) {
			this.topLevelTypes.put(name.simpleName(), type);
		}
		else {
			builder().addType(type.build());
		}
	}

}
