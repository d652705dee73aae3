# Theneo API emulator: built with the Maven wrapper (JDK 17, Java 17 bytecode), run as Boot's extracted (layered) jar
# on JDK 25 with an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles), which starts in
# 3.8-4.3 s where JDK 17 with a CDS archive took 4.9-6.0 s (docs/benchmarks.md, "Start-up").
#   docker build -t theneo-emulator .
#   docker run -p 8080:8080 -v emulator-data:/app/data theneo-emulator
# The base images are arguments only so that a mirror (or scripts/container-check's stand-ins) can be used.
ARG JDK_IMAGE=docker.io/library/eclipse-temurin:17-jdk
ARG JRE_IMAGE=docker.io/library/eclipse-temurin:25-jre

FROM ${JDK_IMAGE} AS build
WORKDIR /src
# The wrapper's checksum is that of Maven's .zip; without unzip (not in the Temurin image) mvnw switches to the
# .tar.gz, whose checksum then fails.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
# Maven and the dependencies in a layer of their own: rebuilt only when the pom or the wrapper changes.
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
# "extract --layers" splits the fat jar into app.jar (manifest Class-Path: lib/...) plus lib/, one folder per layer,
# so that the dependency layers below stay cached across code changes; the AOT cache needs this jar layout, not the
# launcher's.
RUN ./mvnw -B -ntp package -DskipTests \
 && java -Djarmode=tools -jar target/theneo-emulator-*.jar extract --layers --application-filename app.jar \
      --destination /extracted

FROM ${JRE_IMAGE}
RUN groupadd --gid 10001 emulator \
 && useradd --uid 10001 --gid emulator --home-dir /app --no-create-home --shell /usr/sbin/nologin emulator
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# AOT cache from a training run that starts the context (with the jar's Spring AOT bean definitions, as the
# entrypoint does) and exits at refresh. It must be made by this image's JVM with this exact classpath, hence here
# and not in the build stage. The training run migrates a throwaway H2 in /tmp, so nothing of it reaches the data
# volume. Its "[warning][aot] ... cannot be archived" lines are harmless (those classes are loaded as usual).
RUN java -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app.jar \
      --spring.datasource.url='jdbc:h2:file:/tmp/aot-training/emulator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
 && rm -rf /tmp/aot-training \
 && test -s app.aot \
 && mkdir -p /app/data \
 && chown emulator:emulator /app/data
USER 10001:10001
# The default datasource is the H2 file ./data/emulator (WRITE_DELAY=0: acknowledged writes survive kill -9).
# Declared after the chown so that a new volume starts out owned by the app user.
VOLUME /app/data
EXPOSE 8080
# wget ships in eclipse-temurin's Ubuntu images (so does curl); /actuator/health answers 503 while DOWN.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" || exit 1
# jdk.nio.maxCachedBufferSize: no request thread keeps a direct buffer as large as the biggest H2 chunk it wrote
# (about 70 MB of native memory under load without it; docs/benchmarks.md, "Memory").
# Spring AOT's bean definitions and later C2 compilation shorten the start (docs/benchmarks.md, "Start-up"); with test
# support off (the prod profile) the server falls back to a regular start by itself (config.AotModeFallback).
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=75", "-Djdk.nio.maxCachedBufferSize=262144", \
  "-Dspring.aot.enabled=true", \
  "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", \
  "-XX:Tier4BackEdgeThreshold=400000", "-jar", "app.jar"]
