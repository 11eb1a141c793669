package dev.reactiveai.openai.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tells which object variants of a union a JSON object may be, the best fit first. An
 * object is told apart by a table that the generator writes for each union, one
 * {@link VariantShape} per object variant:
 * <ol>
 * <li>the discriminator, when the union has one: a value that no variant has makes the
 * JSON unknown;</li>
 * <li>every other property whose value a variant fixes (such as {@code role}): a variant
 * that does not allow the JSON's value, or requires a property that the JSON lacks, is
 * left out. When that would leave none, the JSON is unknown if the variants allow
 * different values for the property (a new {@code role}), and the property is passed over
 * otherwise (a new {@code status} that all of them lack);</li>
 * <li>a variant that none of these properties points to must have all its required
 * properties;</li>
 * <li>of those left, the one that declares the most of the JSON's properties (a verbose
 * transcription has {@code task} like a diarized one, but its {@code language} and
 * {@code words} are only the verbose variant's), then the one whose required properties
 * are all there, then the one that most of the telling properties point to, then the
 * first in the description's order.</li>
 * </ol>
 * A variant whose discriminator is optional still matches JSON without it by its other
 * properties.
 *
 * @param <T> the union type
 */
final class ObjectVariantMatcher<T> {

	private final @Nullable String discriminator;

	/** The discriminator first, then the other properties whose values tell apart. */
	private final List<String> telling;

	/** For each value of the discriminator, the object variants that allow it. */
	private final Map<String, List<ObjectVariant<T>>> byDiscriminator;

	/** Whether some object variant allows any value of the discriminator. */
	private final boolean openDiscriminator;

	private final List<ObjectVariant<T>> objectVariants;

	ObjectVariantMatcher(@Nullable String discriminator, List<ObjectVariant<T>> objectVariants) {
		this.discriminator = discriminator;
		this.objectVariants = List.copyOf(objectVariants);
		Set<String> telling = new LinkedHashSet<>();
		if (this.discriminator != null) {
			telling.add(this.discriminator);
		}
		Map<String, List<ObjectVariant<T>>> byDiscriminator = new HashMap<>();
		boolean openDiscriminator = false;
		for (ObjectVariant<T> variant : this.objectVariants) {
			if (variant.shape() == null) {
				openDiscriminator = true;
				continue;
			}
			telling.addAll(variant.shape().constrainedProperties());
			Set<String> values = (this.discriminator != null) ? variant.shape().values(this.discriminator) : null;
			if (values == null) {
				openDiscriminator = true;
				continue;
			}
			for (String value : values) {
				byDiscriminator.computeIfAbsent(value, (key) -> new ArrayList<>()).add(variant);
			}
		}
		this.telling = List.copyOf(telling);
		this.byDiscriminator = Map.copyOf(byDiscriminator);
		this.openDiscriminator = openDiscriminator;
	}

	/** The object variants that the JSON may be, the best fit first. */
	/**
	 * Whether every object variant fixes the discriminator's values, so that the value
	 * alone names the candidates.
	 * @return whether the discriminator decides
	 */
	boolean discriminatorDecides() {
		return this.discriminator != null && !this.openDiscriminator;
	}

	/**
	 * The discriminator's name.
	 * @return the name, or null when the union has none
	 */
	@Nullable String discriminator() {
		return this.discriminator;
	}

	/**
	 * The one variant that a discriminator value names, when the discriminator decides:
	 * {@link #candidates} gives that variant alone for any object with that value.
	 * @param value the discriminator's value
	 * @return the variant, or null when the value names none or several
	 */
	@Nullable ObjectVariant<T> namedBy(String value) {
		if (!discriminatorDecides()) {
			return null;
		}
		List<ObjectVariant<T>> matching = this.byDiscriminator.get(value);
		return (matching != null && matching.size() == 1) ? matching.get(0) : null;
	}

	List<Class<? extends T>> recordVariants() {
		List<Class<? extends T>> records = new ArrayList<>();
		for (ObjectVariant<T> variant : this.objectVariants) {
			if (variant.record() != null) {
				records.add(variant.record());
			}
		}
		return records;
	}

	List<ObjectVariant<T>> candidates(JsonNode json) {
		if (this.discriminator != null && !this.openDiscriminator) {
			JsonNode value = json.get(this.discriminator);
			if (value != null && !value.isNull()) {
				List<ObjectVariant<T>> matching = value.isValueNode() ? this.byDiscriminator.get(value.asString())
						: null;
				if (matching == null) {
					// A discriminator value that no variant has: a newer API's variant.
					return List.of();
				}
				if (matching.size() == 1) {
					return matching;
				}
			}
		}
		List<Candidate<T>> candidates = new ArrayList<>(this.objectVariants.size());
		for (ObjectVariant<T> variant : this.objectVariants) {
			candidates.add(new Candidate<>(variant));
		}
		for (String property : this.telling) {
			JsonNode value = json.get(property);
			boolean present = value != null && !value.isNull();
			List<Candidate<T>> kept = new ArrayList<>(candidates.size());
			List<Candidate<T>> pointedTo = new ArrayList<>(candidates.size());
			for (Candidate<T> candidate : candidates) {
				Fit fit = candidate.fit(property, present ? value : null);
				if (fit != Fit.EXCLUDED) {
					kept.add(candidate);
				}
				if (fit == Fit.POINTED_TO) {
					pointedTo.add(candidate);
				}
			}
			if (kept.isEmpty()) {
				if (present && (property.equals(this.discriminator) || tellsApart(candidates, property))) {
					// A value that no variant has, where the value makes the variant: a
					// newer API's variant.
					return List.of();
				}
				// A value or an absence that no variant expects, in a property that does
				// not tell them apart (a new status): the other properties decide.
				continue;
			}
			pointedTo.forEach((candidate) -> candidate.pointers++);
			candidates = kept;
		}
		candidates.removeIf((candidate) -> candidate.pointers == 0 && !candidate.hasRequired(json));
		if (candidates.size() > 1) {
			Collection<String> properties = json.propertyNames();
			candidates
				.sort(Comparator.comparingInt((Candidate<T> candidate) -> candidate.variant.undeclared(properties))
					.thenComparing((candidate) -> !candidate.hasRequired(json))
					.thenComparingInt((candidate) -> -candidate.pointers));
		}
		List<ObjectVariant<T>> result = new ArrayList<>(candidates.size());
		for (Candidate<T> candidate : candidates) {
			result.add(candidate.variant);
		}
		return result;
	}

	/** Whether the variants allow different values for the property. */
	private static <T> boolean tellsApart(List<Candidate<T>> candidates, String property) {
		Set<Set<String>> values = new HashSet<>();
		for (Candidate<T> candidate : candidates) {
			VariantShape shape = candidate.variant.shape();
			values.add((shape != null && shape.values(property) != null) ? shape.values(property) : Set.of());
		}
		return values.size() > 1;
	}

	/** How a variant fits one of the JSON's telling properties. */
	private enum Fit {

		/** The property's value is one that the variant allows. */
		POINTED_TO,

		/** The variant lets the property be anything, or absent. */
		NEUTRAL,

		/** The variant allows other values, or requires the property the JSON lacks. */
		EXCLUDED

	}

	/** An object variant being weighed for one JSON object. */
	private static final class Candidate<T> {

		private final ObjectVariant<T> variant;

		/** How many of the JSON's telling properties have a value this variant allows. */
		private int pointers;

		private @Nullable Boolean hasRequired;

		Candidate(ObjectVariant<T> variant) {
			this.variant = variant;
		}

		Fit fit(String property, @Nullable JsonNode value) {
			VariantShape shape = this.variant.shape();
			if (shape == null) {
				return Fit.NEUTRAL;
			}
			if (value == null) {
				return shape.requires(property) ? Fit.EXCLUDED : Fit.NEUTRAL;
			}
			Set<String> values = shape.values(property);
			if (values == null) {
				return Fit.NEUTRAL;
			}
			return (value.isValueNode() && values.contains(value.asString())) ? Fit.POINTED_TO : Fit.EXCLUDED;
		}

		boolean hasRequired(JsonNode json) {
			if (this.hasRequired == null) {
				VariantShape shape = this.variant.shape();
				this.hasRequired = shape == null || shape.hasRequired(json);
			}
			return this.hasRequired;
		}

	}

}
