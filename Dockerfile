# syntax=docker/dockerfile:1
#
#   docker build -t psychodynamic-library .
#   docker run -p 8080:8080 psychodynamic-library
#   docker run -p 8080:8080 -v "$PWD/content:/app/content:ro" psychodynamic-library   # your own content
#
# JAVA_OPTS defaults to -Xmx256m -XX:+UseSerialGC; the content folder is library.content-dir (LIBRARY_CONTENTDIR), /app/content.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
	&& java -Djarmode=tools -jar target/library-*.jar extract --destination /app \
	&& mv /app/library-*.jar /app/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system library && useradd --system --gid library --no-create-home --shell /usr/sbin/nologin library
WORKDIR /app
COPY --from=build /app /app
COPY content /app/content
ENV LIBRARY_CONTENTDIR=/app/content JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"
# Class-data sharing, as Boot's documentation describes: a training run of the extracted jar that exits once
# the context has refreshed (the content is imported during refresh, so it needs the content folder) writes
# the archive that every start then maps. It only holds classes, so mounting other content keeps it valid.
RUN java -Xmx256m -XX:+UseSerialGC -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar
USER library
EXPOSE 8080
# The Temurin JRE images ship curl and wget; either answers the health check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
	CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health \
		|| wget -q -O /dev/null http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/app.jsa -jar /app/app.jar \"$@\"", "--"]
