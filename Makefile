# Build targets for `sam build` (template.yaml: Metadata: BuildMethod: makefile, CodeUri: .).
# SAM runs `make build-<LogicalId>` once per function with ARTIFACTS_DIR set to that
# function's folder under .aws-sam/build, and zips whatever lands there.
#
# One Maven run makes both shaded jars. A jar is rebuilt only when a pom or a file under
# functions/, site/ or events/ is newer than it, so a `mvn -B verify` just before `sam build` is reused
# as is, and the second function finds the jar the first one's Maven run already made.
# With --build-in-source (samconfig.toml) this runs in the clone itself; without it SAM copies
# the sources to a scratch folder first, keeping file times, and the same rules hold there.
#
# The shaded jar goes to lib/: Lambda's Java runtime puts /var/task/lib/*.jar on the class
# path, and loading classes from one jar is faster at cold start than from thousands of
# unpacked .class files.

MVN ?= mvn
MVN_FLAGS ?= -B -q -ntp -Dstyle.color=never

SUBMIT_JAR := functions/submit/target/r57-submit.jar
RENDER_JAR := functions/render/target/r57-render.jar
LAMBDA_MODULES := functions/submit,functions/render

# Everything the two jars are made of (events/: the submit jar primes SnapStart with two sample
# bodies); target/ folders are outputs, not inputs.
SOURCES := $(wildcard pom.xml) \
	$(shell find functions site events \( -name target -o -name node_modules \) -prune \
		-o -type f ! -name dependency-reduced-pom.xml -print 2>/dev/null)

.PHONY: build-SubmitFunction build-RenderFunction lambda-jars

build-SubmitFunction: $(SUBMIT_JAR)
	$(call install-jar,$(SUBMIT_JAR))

build-RenderFunction: $(RENDER_JAR)
	$(call install-jar,$(RENDER_JAR))

lambda-jars: $(SUBMIT_JAR) $(RENDER_JAR)

# Both jars share one recipe on purpose: whichever is stale builds both, so the other is fresh
# by the time its own target runs. (Grouped targets, `&:`, would say this directly but need
# GNU make 4.3, which macOS does not ship.) The touch makes the jars newer than every input
# even when Maven found nothing to repackage.
$(SUBMIT_JAR) $(RENDER_JAR): $(SOURCES)
	$(MVN) $(MVN_FLAGS) -pl $(LAMBDA_MODULES) -am package -DskipTests
	touch $(SUBMIT_JAR) $(RENDER_JAR)

define install-jar
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set: run this through sam build" >&2; exit 1; }
	rm -rf "$(ARTIFACTS_DIR)/lib"
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(1) "$(ARTIFACTS_DIR)/lib/"
endef
