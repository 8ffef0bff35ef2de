// Charts are drawn on top of the server-rendered pages: each <div class="chart" data-chart=… data-src=…>
// names the JSON it draws. Without JavaScript every page still shows its numbers as text and tables.
"use strict";
