package org.psychodynamiclibrary;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code (see the README's diagram): the model at the ground, the content pipeline above it,
 * features that depend on the model and not on each other, and web infrastructure that knows no feature.
 */
@AnalyzeClasses(packages = "org.psychodynamiclibrary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] FEATURES = { "..article..", "..topic..", "..source..", "..search.." };

	@ArchTest
	static final ArchRule noCyclesBetweenPackages = slices().matching("org.psychodynamiclibrary.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule theModelImportsNothingElseOfTheApplication = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..content..", "..cite..", "..startup..", "..web..", "..article..", "..topic..",
				"..source..", "..search..");

	@ArchTest
	static final ArchRule onlyTheContentPipelineWritesTheDatabase = noClasses().that()
		.resideOutsideOfPackage("..content..")
		.should()
		.callMethodWhere(target(name("save")).and(target(owner(assignableTo(Repository.class)))));

	@ArchTest
	static final ArchRule theContentPipelineKnowsNoFeature = noClasses().that()
		.resideInAPackage("..content..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(append(FEATURES, "..web..", "..startup.."));

	@ArchTest
	static final ArchRule webInfrastructureKnowsNoFeature = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(append(FEATURES, "..content..", "..cite.."));

	@ArchTest
	static final ArchRule articlesDependOnNoOtherFeature = featureIndependent("..article..");

	@ArchTest
	static final ArchRule topicsDependOnNoOtherFeature = featureIndependent("..topic..");

	@ArchTest
	static final ArchRule sourcesDependOnNoOtherFeature = featureIndependent("..source..");

	@ArchTest
	static final ArchRule searchDependsOnNoOtherFeature = featureIndependent("..search..");

	private static ArchRule featureIndependent(String feature) {
		return noClasses().that()
			.resideInAPackage(feature)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(java.util.Arrays.stream(FEATURES).filter((other) -> !other.equals(feature))
				.toArray(String[]::new));
	}

	private static String[] append(String[] packages, String... more) {
		String[] all = java.util.Arrays.copyOf(packages, packages.length + more.length);
		System.arraycopy(more, 0, all, packages.length, more.length);
		return all;
	}

}
