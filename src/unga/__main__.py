import sys

from unga.cli.main import main

sys.exit(main())
