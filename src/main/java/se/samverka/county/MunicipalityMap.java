package se.samverka.county;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The 49 municipalities of Västra Götaland as SVG path data, for a choropleth map that needs no map service.
 * <p>
 * The boundaries ({@value #RESOURCE}) are SCB's municipality boundaries as packaged in the R package swemapdata
 * (CC0), transformed to WGS 84; see shared/reference/README.md. They are coarse: for a map, not for deciding
 * which municipality an address lies in.
 */
@Component
final class MunicipalityMap {

    /** A municipality's outline in the coordinates of {@link #viewBox()}, with a point to put its label on. */
    record Shape(String code, String name, String path, double labelX, double labelY) {
    }

    private static final String RESOURCE = "/county/vastra-gotaland-kommuner.geojson";
    private static final double WIDTH = 1000;
    private static final double MARGIN = 10;

    private final List<Shape> shapes;
    private final String viewBox;

    MunicipalityMap() {
        List<Feature> features = read();
        DoubleSummaryStatistics longitudes = new DoubleSummaryStatistics();
        DoubleSummaryStatistics latitudes = new DoubleSummaryStatistics();
        features.stream().flatMap(feature -> feature.rings().stream()).flatMap(ring -> ring.points().stream())
                .forEach(point -> {
                    longitudes.accept(point.x());
                    latitudes.accept(point.y());
                });
        // A degree of longitude is shorter than a degree of latitude this far north; without the cosine the
        // county would be stretched from east to west.
        double cosLatitude = Math.cos(Math.toRadians((latitudes.getMin() + latitudes.getMax()) / 2));
        double scale = (WIDTH - 2 * MARGIN) / ((longitudes.getMax() - longitudes.getMin()) * cosLatitude);
        UnaryOperator<Point> project = point -> new Point(
                rounded(MARGIN + (point.x() - longitudes.getMin()) * cosLatitude * scale),
                rounded(MARGIN + (latitudes.getMax() - point.y()) * scale));
        long height = (long) Math.ceil((latitudes.getMax() - latitudes.getMin()) * scale + 2 * MARGIN);

        this.shapes = features.stream().map(feature -> shape(feature, project))
                .sorted(Comparator.comparing(Shape::code)).toList();
        this.viewBox = "0 0 " + (long) WIDTH + " " + height;
    }

    /** The municipalities, sorted by their SCB code. */
    List<Shape> shapes() {
        return shapes;
    }

    /** The SVG viewBox the shapes are drawn in: "0 0 1000 height", height following the county's proportions. */
    String viewBox() {
        return viewBox;
    }

    private static Shape shape(Feature feature, UnaryOperator<Point> project) {
        var path = new StringBuilder();
        List<Point> largest = List.of();
        double largestArea = -1;
        for (Ring ring : feature.rings()) {
            List<Point> points = ring.points().stream().map(project).toList();
            // GeoJSON repeats a ring's first position at its end; Z closes the ring instead.
            for (int i = 0; i < points.size() - 1; i++) {
                path.append(i == 0 ? 'M' : 'L')
                        .append(formatted(points.get(i).x())).append(' ').append(formatted(points.get(i).y()));
            }
            path.append('Z');
            double area = Math.abs(signedArea(points));
            if (ring.outer() && area > largestArea) {
                largest = points;
                largestArea = area;
            }
        }
        Point label = centroid(largest);
        return new Shape(feature.code(), feature.name(), path.toString(), rounded(label.x()), rounded(label.y()));
    }

    private static double signedArea(List<Point> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i).x() * ring.get(i + 1).y() - ring.get(i + 1).x() * ring.get(i).y();
        }
        return sum / 2;
    }

    private static Point centroid(List<Point> ring) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            Point a = ring.get(i);
            Point b = ring.get(i + 1);
            double cross = a.x() * b.y() - b.x() * a.y();
            x += (a.x() + b.x()) * cross;
            y += (a.y() + b.y()) * cross;
        }
        double area = signedArea(ring);
        return new Point(x / (6 * area), y / (6 * area));
    }

    private static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String formatted(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
    }

    private static List<Feature> read() {
        JsonNode collection;
        try (InputStream in = MunicipalityMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + RESOURCE);
            }
            collection = JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var features = new ArrayList<Feature>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = property(properties, "kommunkod");
            features.add(new Feature(code, property(properties, "kommun"), rings(feature.path("geometry"), code)));
        }
        return features;
    }

    private static String property(JsonNode properties, String name) {
        String value = properties.path(name).asString("");
        if (value.isBlank()) {
            throw new IllegalStateException("a feature in " + RESOURCE + " has no " + name + ": " + properties);
        }
        return value;
    }

    private static List<Ring> rings(JsonNode geometry, String code) {
        JsonNode coordinates = geometry.path("coordinates");
        List<JsonNode> polygons = switch (geometry.path("type").asString("")) {
            case "Polygon" -> List.of(coordinates);
            case "MultiPolygon" -> List.copyOf(coordinates.values());
            default -> throw new IllegalStateException(
                    "municipality " + code + " is neither a Polygon nor a MultiPolygon");
        };
        var rings = new ArrayList<Ring>();
        for (JsonNode polygon : polygons) {
            // The first ring of a GeoJSON polygon is its outline; any further rings are holes.
            boolean outer = true;
            for (JsonNode ring : polygon) {
                var points = new ArrayList<Point>();
                for (JsonNode position : ring) {
                    points.add(new Point(position.get(0).asDouble(), position.get(1).asDouble()));
                }
                rings.add(new Ring(points, outer));
                outer = false;
            }
        }
        return rings;
    }

    private record Feature(String code, String name, List<Ring> rings) {
    }

    /** Longitude and latitude before projection; x and y after. */
    private record Point(double x, double y) {
    }

    private record Ring(List<Point> points, boolean outer) {
    }
}
