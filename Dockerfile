# Roundtable as a container image: built from this project with the Maven wrapper, run on a Java 17 JRE.
#   docker build -t roundtable .
#   docker run -p 8080:8080 -v roundtable-data:/data roundtable          (embedded H2 under /data)
# Not built in the development environment (no Docker engine there): see docs/operations.md.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first, so that a change of the sources alone reuses this layer.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && cp target/roundtable-*.jar /build/roundtable.jar \
 && mkdir /build/app && cd /build/app && java -Djarmode=tools -jar /build/roundtable.jar extract --layers --launcher

FROM eclipse-temurin:17-jre
# curl for the health check; a user of its own, never root.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app roundtable \
 && mkdir -p /data && chown roundtable /data
WORKDIR /app
# Layers from the least to the most often changed: libraries, loader, snapshots, the application.
COPY --from=build /build/app/roundtable/dependencies/ ./
COPY --from=build /build/app/roundtable/spring-boot-loader/ ./
COPY --from=build /build/app/roundtable/snapshot-dependencies/ ./
COPY --from=build /build/app/roundtable/application/ ./
USER roundtable
# /data holds the embedded database (default profile) and the pseudonym key of the ballot box:
# keep it on a volume and in the backups. The update check of AxonIQ stays off (no outbound calls).
ENV ROUNDTABLE_DATA_DIR=/data \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
