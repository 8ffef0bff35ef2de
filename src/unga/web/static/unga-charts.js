/* Charts for unga's pages, drawn with d3 from the chart descriptions built in src/unga/web/charts.py.
 *
 * Markup: <div class="chart" data-chart="map" data-src="/chart/rollcall/ES-11/1.json"></div>
 * data-src gives the chart description (the /chart/… routes of chart_routes.py; data-key, a dotted path, picks
 * it out of a larger document); data-static-root where the vendored atlas lies (default /static/). No inline scripts or styles are used (the app's Content-Security-Policy
 * forbids them); the page's tables stay the content, the chart is drawn above them when JavaScript runs.
 */
(function () {
  "use strict";
  var WIDTH = 960;

  function fetchJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"}).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  function pick(doc, key) {
    if (!key) { return doc; }
    return key.split(".").reduce(function (o, k) { return o == null ? o : o[k]; }, doc);
  }

  function heading(figure, spec) {
    var svgHolder = document.createElement("div");
    svgHolder.className = "unga-chart-body";
    var caption = document.createElement("figcaption");
    var title = document.createElement("strong");
    title.textContent = spec.title || "";
    caption.appendChild(title);
    figure.appendChild(svgHolder);
    figure.appendChild(caption);
    return {body: svgHolder, caption: caption};
  }

  function legend(caption, items) {
    var list = document.createElement("ul");
    list.className = "unga-legend";
    items.forEach(function (item) {
      var li = document.createElement("li");
      var swatch = document.createElement("span");
      swatch.className = "unga-swatch";
      swatch.style.backgroundColor = item.color;  // CSSOM, allowed by a CSP without 'unsafe-inline'
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(" " + item.label));
      list.appendChild(li);
    });
    caption.appendChild(list);
  }

  function note(caption, text) {
    if (!text) { return; }
    var p = document.createElement("p");
    p.className = "unga-chart-note";
    p.textContent = text;
    caption.appendChild(p);
  }

  function drawMap(figure, spec, staticRoot) {
    return fetchJSON(staticRoot + spec.atlas).then(function (topo) {
      var parts = heading(figure, spec);
      var world = topojson.feature(topo, topo.objects.countries);
      world.features = world.features.filter(function (f) { return f.id !== "010"; });  // Antarctica
      var height = 480;
      var projection = d3.geoEqualEarth().fitSize([WIDTH, height], world);
      var path = d3.geoPath(projection);
      var svg = d3.select(parts.body).append("svg")
        .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("role", "img")
        .attr("aria-label", spec.title).attr("class", "unga-map");
      svg.append("g").selectAll("path").data(world.features).join("path")
        .attr("d", path)
        .each(function (f) {
          var key = f.id || (f.properties && f.properties.name);
          var info = spec.features[key];
          var vote = info ? info.vote : "non_member";
          var el = d3.select(this)
            .attr("fill", spec.colors[vote]).attr("stroke", "#ffffff").attr("stroke-width", 0.4)
            .attr("data-shape", key).attr("data-vote", vote)
            .attr("aria-label", info ? info.label : (f.properties.name + ": " + "not a member"));
          if (info) { el.attr("data-seat", info.seat); }
          el.append("title").text(info ? info.label : f.properties.name + ": not a member, or no seat of its own");
        });
      legend(parts.caption, spec.legend);
      note(parts.caption, spec.caption);
    });
  }

  function axes(svg, x, y, spec, margin, height) {
    svg.append("g").attr("transform", "translate(0," + (height - margin.bottom) + ")")
      .call(d3.axisBottom(x).ticks(10, "d"));
    svg.append("g").attr("transform", "translate(" + margin.left + ",0)").call(d3.axisLeft(y).ticks(6));
    svg.append("text").attr("x", WIDTH - margin.right).attr("y", height - 4).attr("text-anchor", "end")
      .attr("font-size", 12).text(spec.x_label);
    svg.append("text").attr("transform", "rotate(-90)").attr("x", -margin.top).attr("y", 14)
      .attr("text-anchor", "end").attr("font-size", 12).text(spec.y_label);  // what up means is said under the chart (y_note): too long for the axis
  }

  function drawSeries(figure, spec) {
    var parts = heading(figure, spec);
    if (!spec.series.some(function (s) { return s.points.length; })) { note(parts.caption, "No values to draw."); return; }
    var height = 360, margin = {top: 20, right: 20, bottom: 36, left: 56};
    var all = [];
    spec.series.forEach(function (s) { all = all.concat(s.points); });
    var x = d3.scaleLinear().domain(d3.extent(all, function (p) { return p.x; }))
      .range([margin.left, WIDTH - margin.right]);
    var y = d3.scaleLinear().domain(spec.y_domain).nice().range([height - margin.bottom, margin.top]);
    var palette = d3.scaleOrdinal(d3.schemeTableau10);
    var color = function (key) {
      var s = spec.series.find(function (x) { return x.key === key; });
      return s && s.color ? s.color : palette(key);
    };
    var svg = d3.select(parts.body).append("svg").attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("role", "img").attr("aria-label", spec.title).attr("class", "unga-series");
    axes(svg, x, y, spec, margin, height);
    var defined = function (p) { return p.y !== null; };
    spec.series.forEach(function (s) {
      var g = svg.append("g").attr("data-series", s.key);
      var c = color(s.key);
      if (s.interval) {
        var band = s.points.filter(function (p) { return p.lower !== null && p.upper !== null; });
        g.append("path").datum(band).attr("fill", c).attr("fill-opacity", 0.2)
          .attr("d", d3.area().x(function (p) { return x(p.x); })
            .y0(function (p) { return y(p.lower); }).y1(function (p) { return y(p.upper); }));
      }
      g.append("path").datum(s.points).attr("fill", "none").attr("stroke", c).attr("stroke-width", 2)
        .attr("d", d3.line().defined(defined).x(function (p) { return x(p.x); }).y(function (p) { return y(p.y); }));
      g.selectAll("circle").data(s.points.filter(defined)).join("circle")
        .attr("cx", function (p) { return x(p.x); }).attr("cy", function (p) { return y(p.y); })
        .attr("r", 2.5).attr("fill", c)
        .append("title").text(function (p) {
          var text = s.name + ", " + p.x + ": " + p.y.toFixed(3);
          if (p.lower !== undefined && p.lower !== null) { text += " (" + p.lower.toFixed(3) + " to " + p.upper.toFixed(3) + ")"; }
          return p.n !== undefined ? text + ", " + p.n + " votes" : text;
        });
    });
    legend(parts.caption, spec.series.map(function (s) {
      return {color: color(s.key), label: s.name + (s.interval ? " (band: " + s.interval + ")" : "")};
    }));
    note(parts.caption, spec.y_note ? spec.y_label + ": " + spec.y_note : "");
  }

  function drawDots(figure, spec) {
    var parts = heading(figure, spec);
    var rowHeight = 46, margin = {top: 10, right: 20, bottom: 36, left: 70};
    var height = margin.top + margin.bottom + rowHeight * spec.categories.length;
    var x = d3.scaleLinear().domain(spec.x_domain).range([margin.left, WIDTH - margin.right]);
    var y = d3.scalePoint().domain(spec.categories).range([margin.top + rowHeight / 2, height - margin.bottom - rowHeight / 2]);
    var svg = d3.select(parts.body).append("svg").attr("viewBox", "0 0 " + WIDTH + " " + height)
      .attr("role", "img").attr("aria-label", spec.title).attr("class", "unga-dots");
    svg.append("g").attr("transform", "translate(0," + (height - margin.bottom) + ")").call(d3.axisBottom(x));
    svg.append("g").attr("transform", "translate(" + margin.left + ",0)").call(d3.axisLeft(y));
    svg.append("text").attr("x", WIDTH - margin.right).attr("y", height - 4).attr("text-anchor", "end")
      .attr("font-size", 12).text(spec.x_label);
    var jitter = function (i) { return ((i * 7919) % 21 - 10) * 1.4; };  // spread dots of one camp vertically
    svg.append("g").selectAll("circle").data(spec.dots).join("circle")
      .attr("cx", function (d) { return x(d.x); }).attr("cy", function (d, i) { return y(d.camp) + jitter(i); })
      .attr("r", 4).attr("data-state", function (d) { return d.key; })
      .attr("fill", function (d) { return d.between ? "#ffffff" : "#2b83ba"; })
      .attr("stroke", "#1f4e79").attr("stroke-width", 1.2)
      .append("title").text(function (d) { return d.label; });
    note(parts.caption, spec.x_note);
  }

  function draw(figure) {
    var staticRoot = figure.getAttribute("data-static-root") || "/static/";
    return fetchJSON(figure.getAttribute("data-src")).then(function (doc) {
      var spec = pick(doc, figure.getAttribute("data-key"));
      if (!spec) { return null; }
      if (spec.kind === "map") { return drawMap(figure, spec, staticRoot); }
      if (spec.kind === "series") { return drawSeries(figure, spec); }
      if (spec.kind === "dots") { return drawDots(figure, spec); }
      throw new Error("unknown chart kind " + spec.kind);
    }).then(function () {
      figure.setAttribute("data-drawn", "yes");
    }).catch(function (err) {
      figure.setAttribute("data-drawn", "failed");
      var p = document.createElement("p");
      p.className = "unga-chart-error";
      p.textContent = "The chart could not be drawn (" + err.message + "); the table below has the same data.";
      figure.appendChild(p);
    });
  }

  function start() {
    var figures = document.querySelectorAll("[data-chart][data-src]");
    Promise.all(Array.prototype.map.call(figures, draw)).then(function () {
      document.documentElement.setAttribute("data-charts", "drawn");
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
